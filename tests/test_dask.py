"""presslens.distributed on a local Dask cluster equals the pandas path exactly."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest

pytest.importorskip("dask.distributed")

from presslens.corpus import corpus_files, load_corpus, skipped  # noqa: E402
from presslens.distributed import read_corpus, run_dask  # noqa: E402
from presslens.io import save_table  # noqa: E402
from presslens.pipeline import TABLES, analyse, load_tables  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures" / "pipeline"
SHARED = Path(os.environ.get("PRESSLENS_SHARED") or Path(__file__).resolve().parents[2] / "shared")
POLNEAR = SHARED / "corpora" / "polnear-train"


@pytest.fixture(scope="module")
def cluster():
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as c:
        yield c


def _pandas_tables(articles: pd.DataFrame, out: Path) -> dict[str, pd.DataFrame]:
    """The pandas path, written and read back like the Dask run's tables."""
    tables = {**analyse(articles), "articles": articles, "skipped": skipped(articles)}
    for name, table in tables.items():
        save_table(table, name, out, formats=("parquet",))
    return load_tables(out)


def _assert_same(got: dict[str, pd.DataFrame], want: dict[str, pd.DataFrame]) -> None:
    assert set(got) == set(want) == {*TABLES, "articles", "skipped"}
    for name in want:
        if name == "skipped":
            key = ["path", "reason"]
            got[name] = got[name].sort_values(key).reset_index(drop=True)
            want[name] = want[name].sort_values(key).reset_index(drop=True)
        assert len(want[name]) or name == "skipped", f"{name} is empty: the test would prove nothing"
        pd.testing.assert_frame_equal(got[name], want[name], obj=name)


def test_folder_corpus_on_a_local_cluster_equals_pandas(cluster, tmp_path):
    # Three partitions: the harbour story and its exact copy land in different ones.
    paths = run_dask(FIXTURES, tmp_path / "dask", scheduler=cluster.scheduler_address, partitions=3)
    assert set(paths) == {*TABLES, "articles", "skipped"}
    assert len(list(paths["sentences"].glob("part-*.parquet"))) == 3
    got = load_tables(tmp_path / "dask")
    want = _pandas_tables(load_corpus(FIXTURES), tmp_path / "pandas")
    assert "exact duplicate of a-harbour" in set(got["skipped"]["reason"])
    _assert_same(got, want)


def test_real_articles_on_a_local_cluster_equal_pandas(cluster, tmp_path):
    if not (POLNEAR / "text").is_dir():
        pytest.skip(f"PolNeAR not found at {POLNEAR}")
    root = POLNEAR / "text"
    articles = load_corpus(root, files=corpus_files(root)[:36], metadata=POLNEAR / "metadata.tsv")
    assert skipped(articles).empty  # an in-memory table's skip report stays with the caller
    run_dask(articles, tmp_path / "dask", scheduler=cluster.scheduler_address, partitions=4)
    got = load_tables(tmp_path / "dask")
    want = _pandas_tables(articles, tmp_path / "pandas")
    _assert_same(got, want)


def test_a_new_run_replaces_the_tables_of_the_last(tmp_path):
    run_dask(FIXTURES, tmp_path, scheduler="synchronous", partitions=3)
    paths = run_dask(FIXTURES, tmp_path, scheduler="synchronous", partitions=1)
    assert [p.name for p in paths["sentences"].glob("part-*.parquet")] == ["part-00000.parquet"]
    leftovers = [p.name for p in (tmp_path / "data" / "processed").iterdir() if p.name.startswith(".")]
    assert leftovers == []


def test_a_failed_run_keeps_the_previous_tables(tmp_path, monkeypatch):
    run_dask(FIXTURES, tmp_path, scheduler="synchronous", partitions=2)
    before = load_tables(tmp_path)
    import presslens.distributed as distributed

    def broken(*args):
        raise RuntimeError("speakers failed")

    monkeypatch.setattr(distributed, "speakers", broken)
    with pytest.raises(RuntimeError, match="speakers failed"):
        run_dask(FIXTURES, tmp_path, scheduler="synchronous", partitions=3)
    after = load_tables(tmp_path)
    for name in before:
        pd.testing.assert_frame_equal(after[name], before[name])
    assert not [p for p in (tmp_path / "data" / "processed").iterdir() if p.name.startswith(".")]


def test_read_corpus_reads_parquet_articles(tmp_path):
    articles = load_corpus(FIXTURES)
    path = tmp_path / "articles.parquet"
    articles.attrs = {}
    articles.to_parquet(path)
    lazy = read_corpus(path, partitions=2)
    assert lazy.npartitions == 2
    pd.testing.assert_frame_equal(lazy.compute().reset_index(drop=True), articles, check_dtype=False)


def test_read_corpus_gives_the_outlet_of_the_researchers_mapping_in_every_batch():
    # Fictional outlets (tests/fixtures/outlets): the mapping is read once, on the client, and every
    # batch's loader renames as it says; the name as written is kept.
    outlets = Path(__file__).parent / "fixtures" / "outlets"
    with pytest.warns(UserWarning, match="outlet names that may be one outlet"):
        articles = read_corpus(outlets / "corpus", partitions=2, outlets=outlets / "outlets.csv").compute()
    herald = articles[articles["outlet_as_written"].fillna("").str.contains("rackwater")]
    assert len(herald) == 4 and set(herald["outlet"]) == {"The Brackwater Herald"}


def test_presslens_run_with_the_dask_engine_feeds_the_notebooks_its_tables(tmp_path):
    """`presslens run --engine dask`: Dask computes the tables, the notebooks read them, and the
    headline numbers equal a plain run's. Notebook 04 reads six of the tables (articles, sentences,
    mentions, timexes, events, timeline); 03's three are among them and run_dask's equality with
    analyse is tested above, so one notebook stands for both."""
    import json
    import subprocess
    import sys

    from presslens.io import project_root

    def run(out, *extra):
        done = subprocess.run([sys.executable, "-m", "presslens", "run", "data/raw", "--out", str(out),
                               "--notebooks", "04", "--no-progress", "--pages", "0", *extra],
                              cwd=project_root(), capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, done.stderr[-2000:]
        return {nb: json.loads((out / "reports" / "results" / f"{nb}.json").read_text())
                for nb in ("04_timeline",)}

    dask_out = tmp_path / "dask"
    via_dask = run(dask_out, "--engine", "dask", "--scheduler", "processes", "--partitions", "2")
    executed = (dask_out / "reports" / "04_timeline.ipynb").read_text(encoding="utf-8")
    assert f'tables = \\"{dask_out}\\"' in executed
    assert (dask_out / "data" / "processed" / "quotes").is_dir()
    assert via_dask == run(tmp_path / "pandas")


def test_dask_reads_the_corpus_as_presslens_run_does(tmp_path):
    """Field names and a date that only fills in missing ones reach the Dask path as they reach
    the notebooks (presslens.study.open_corpus): the articles tables are equal."""
    from presslens.study import open_corpus

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    records = (Path(__file__).parent / "fixtures" / "runner" / "dates.jsonl").read_text(encoding="utf-8")
    (corpus / "stories.jsonl").write_text(records.replace('"text"', '"story_text"'), encoding="utf-8")
    want = open_corpus(corpus, publication_date="2031-01-01", fields="text=story_text")
    paths = run_dask(corpus, tmp_path / "out", scheduler="synchronous", partitions=1,
                     publication_date="2031-01-01", override_dates=False, fields={"text": "story_text"})
    got = pd.read_parquet(paths["articles"]).set_index("doc_id").sort_index()
    want = want.set_index("doc_id").sort_index()
    assert len(want) == 2
    assert got.loc[want.index, "published"].dt.date.astype(str).tolist() == ["2031-03-04", "2031-01-01"]
    assert got["published_source"].tolist() == want["published_source"].tolist() == ["metadata", "parameter"]


def test_what_the_walk_leaves_out_is_in_the_report_of_a_dask_run_as_of_a_pandas_one(tmp_path):
    # The Dask path walked the folder with a report it threw away: a link to a folder of stories
    # outside and a hidden folder were in load_corpus's skip report, not in the run's 'skipped'.
    corpus, outside = tmp_path / "corpus", tmp_path / "outside"
    (corpus / ".drafts").mkdir(parents=True)
    outside.mkdir()
    for folder, name in ((corpus, "harbour"), (corpus, "ferry"), (corpus / ".drafts", "pier"), (outside, "dock")):
        (folder / f"{name}.txt").write_text(f"Umberton {name} reopens\n\nThe Umberton {name} reopened on Monday, "
                                            "the fictional port's mayor said.\n")
    (corpus / "archive").symlink_to(outside, target_is_directory=True)
    run_dask(corpus, tmp_path / "out", scheduler="synchronous", partitions=2)
    got = load_tables(tmp_path / "out", ["skipped"])["skipped"]
    want = skipped(load_corpus(corpus))
    assert sorted(got["reason"]) == sorted(want["reason"]) == [
        "hidden folder (its name starts with a dot): not read",
        "symbolic link to a folder outside the corpus folder (not followed)"]
    assert sorted(got["path"]) == sorted(want["path"])
