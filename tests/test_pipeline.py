"""presslens.pipeline: every table from one call, chunked runs equal whole runs, tables read back."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from presslens.corpus import corpus_files, load_corpus
from presslens.distributed import file_batches
from presslens.dtypes import compact
from presslens.io import json_cell, save_table
from presslens.pipeline import HANDED, SPILLED, TABLES, analyse, analyse_chunks, chunks, concat, load_tables, read_parts

FIXTURES = Path(__file__).parent / "fixtures" / "pipeline"


@pytest.fixture(scope="module")
def articles() -> pd.DataFrame:
    return load_corpus(FIXTURES)


@pytest.fixture(scope="module")
def tables(articles: pd.DataFrame) -> dict[str, pd.DataFrame]:
    return analyse(articles)


def test_analyse_returns_every_table_with_its_columns(tables):
    assert set(tables) == set(TABLES)
    assert list(tables["sentences"].columns) == ["doc_id", "para_id", "sent_id", "start", "end", "text"]
    assert {"compound", "pos", "neu", "neg"} <= set(tables["sentiment"].columns)
    assert {"doc_id", "start", "end", "text", "kind", "entity"} <= set(tables["mentions"].columns)
    assert {"doc_id", "quote_id", "kind", "content", "speaker", "cue"} <= set(tables["quotes"].columns)
    assert {"doc_id", "start", "end", "text", "type", "value"} <= set(tables["timexes"].columns)
    assert {"doc_id", "value", "event", "participants"} <= set(tables["events"].columns)
    assert {"value", "event", "doc_ids", "n_articles"} <= set(tables["timeline"].columns)
    assert "speaker" in tables["speakers"].columns
    assert len(tables["sentences"]) == len(tables["sentiment"]) > 0


def test_offsets_point_into_the_articles(articles, tables):
    text = dict(zip(articles["doc_id"], articles["text"]))
    for name in ("sentences", "mentions", "timexes"):
        for doc_id, start, end, span in tables[name][["doc_id", "start", "end", "text"]].itertuples(index=False):
            assert text[doc_id][start:end] == span, name


def test_tables_equal_the_module_functions_on_the_whole_corpus(articles, tables):
    from presslens.entities import find_mentions
    from presslens.quotes import extract_quotes
    from presslens.sentiment import score_sentences
    from presslens.text import split_sentences
    from presslens.timeline import build_timeline, extract_events, extract_timexes

    # The same values; analyse holds integer columns in 32 bits where they fit (presslens.dtypes).
    sentences = split_sentences(articles)
    timexes = extract_timexes(articles, sentences)
    pd.testing.assert_frame_equal(tables["sentiment"], compact(score_sentences(sentences)))
    pd.testing.assert_frame_equal(tables["mentions"], compact(find_mentions(articles, sentences)))
    pd.testing.assert_frame_equal(tables["quotes"], compact(extract_quotes(articles, sentences)))
    pd.testing.assert_frame_equal(tables["timexes"], compact(timexes))
    events = extract_events(articles, timexes, sentences)
    pd.testing.assert_frame_equal(tables["events"], compact(events))
    pd.testing.assert_frame_equal(tables["timeline"], compact(build_timeline(events)))
    assert str(tables["sentences"]["start"].dtype) == "int32" and str(tables["quotes"]["start"].dtype) == "Int32"


def test_mentions_are_linked_across_articles(tables):
    # "Eskel" alone in the council story is the minister named in full in the harbour story.
    m = tables["mentions"]
    alone = m[(m["doc_id"] == "b-council") & (m["text"] == "Eskel")]
    assert alone["entity"].tolist() == ["Mara Eskel"]


def test_linking_pieces_equals_linking_the_whole(articles):
    # Each piece's per-article part made apart (as workers' chunks are), or an article cut
    # across two pieces (its doc_id in both): the links of the whole corpus either way.
    from presslens.entities import link_aliases
    from presslens.pipeline import analyse_articles, concat, link_mentions

    mentions = analyse_articles(articles)["mentions"]
    whole = link_aliases(mentions)
    docs = mentions["doc_id"].tolist()
    firsts = [k for k in range(1, len(docs)) if docs[k] != docs[k - 1]]
    cut = next(k for k in range(1, len(docs)) if docs[k] == docs[k - 1])  # inside an article
    for at in (firsts[:3], [cut]):
        bounds = [0, *at, len(mentions)]
        pieces = [mentions.iloc[a:b] for a, b in zip(bounds, bounds[1:])]
        pd.testing.assert_frame_equal(concat(link_mentions(pieces)), whole, check_exact=True)


def test_linking_reads_each_pieces_packed_aliases_as_made(articles):
    # A chunk's aliases wait for the linking of the corpus pickled (Aliases.pack); unpacked they
    # are what prepare_aliases made, and the links are those of the aliases as they were.
    from presslens.entities.linking import PackedAliases, link_pieces, prepare_aliases
    from presslens.pipeline import analyse_articles, concat

    mentions = analyse_articles(articles)["mentions"]
    docs = mentions["doc_id"].tolist()
    bounds = [0, *[k for k in range(1, len(docs)) if docs[k] != docs[k - 1]][:2], len(mentions)]
    pieces = [mentions.iloc[a:b] for a, b in zip(bounds, bounds[1:])]
    aliases = [prepare_aliases(piece) for piece in pieces]
    packed = [a.pack() for a in aliases]
    assert all(isinstance(p, PackedAliases) and p.unpack() == a for p, a in zip(packed, aliases))
    assert any(p.forms for p in packed) and len(pieces) == 3
    linked = concat(link_pieces(pieces, packed))
    pd.testing.assert_frame_equal(linked, concat(link_pieces(pieces, aliases)), check_exact=True)
    pd.testing.assert_frame_equal(linked, link_pieces([mentions], [prepare_aliases(mentions)])[0], check_exact=True)


@pytest.mark.parametrize("size", [1, 2, 3])
def test_chunked_run_equals_whole_run(articles, tables, size):
    chunked = analyse_chunks(chunks(articles, size))
    assert set(chunked) == set(tables)
    for name in tables:
        pd.testing.assert_frame_equal(chunked[name], tables[name], obj=name)


def test_a_published_column_of_days_first_is_read_so_in_every_chunk():
    # One chunk of days 1-12 alone ("12/03/2031") had no day above 12 to tell the order and read them month first.
    arts = pd.DataFrame({"doc_id": ["a", "b"], "text": ["The Umberton ferry stopped yesterday."] * 2,
                         "published": ["12/03/2031 14:05", "19/03/2031 09:30"]})
    chunked = analyse(arts, jobs=1, chunk=1, progress=False)["timexes"]
    assert chunked["value"].tolist() == ["2031-03-11", "2031-03-18"]


def test_worker_processes_give_the_tables_of_one_process(articles, tables):
    parallel = analyse(articles, jobs=2, chunk=1, progress=False)
    for name in tables:
        pd.testing.assert_frame_equal(parallel[name], tables[name], check_exact=True, obj=name)


def test_workers_started_afresh_give_the_same_tables(articles, tables, monkeypatch):
    # Where the system does not fork, workers are started afresh and get their chunks sent.
    import multiprocessing

    from presslens import pipeline

    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    monkeypatch.setattr(pipeline, "_start_method", lambda: method)
    parallel = analyse(articles, jobs=2, chunk=1, progress=False)
    for name in tables:
        pd.testing.assert_frame_equal(parallel[name], tables[name], check_exact=True, obj=name)


def test_an_error_in_a_worker_reaches_the_caller(articles, monkeypatch):
    from presslens import pipeline

    real = pipeline.analyse_articles

    def failing(chunk, **kwargs):
        if "b-council" in set(chunk["doc_id"]):
            raise ValueError("broken article b-council")
        return real(chunk, **kwargs)

    monkeypatch.setattr(pipeline, "analyse_articles", failing)  # forked workers see it too
    state = (sys.getswitchinterval(), gc.isenabled(), gc.get_freeze_count())
    for _ in range(2):  # whichever process takes the chunk, the error comes back, nothing hangs
        with pytest.raises(ValueError, match="broken article"):
            analyse(articles, jobs=2, chunk=1, progress=False)
        # and the interpreter is left as it was
        assert (sys.getswitchinterval(), gc.isenabled(), gc.get_freeze_count()) == state


def test_a_worker_dying_after_an_error_here_does_not_hang_the_caller(articles, monkeypatch):
    import os
    import threading
    import time

    from presslens import pipeline

    if pipeline._start_method() != "fork":
        pytest.skip("the failing step reaches the workers by fork")
    caller = os.getpid()

    def failing(chunk, **kwargs):
        if os.getpid() == caller:
            time.sleep(0.3)
            raise ValueError("broken here")
        time.sleep(0.8)
        os._exit(3)  # the worker dies while the caller waits for its task

    monkeypatch.setattr(pipeline, "analyse_articles", failing)
    raised: list[BaseException] = []

    def run() -> None:
        try:
            analyse(articles, jobs=2, chunk=1, progress=False)
        except BaseException as exc:
            raised.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(timeout=30)
    assert not thread.is_alive() and isinstance(raised[0], ValueError)


def test_write_analysis_writes_every_table_for_the_notebooks(articles, tmp_path, tables):
    from presslens.pipeline import write_analysis

    written = write_analysis(articles, tmp_path, jobs=2, progress=False)
    assert set(written) == {"articles", "skipped", *TABLES}
    back = load_tables(tmp_path)
    for name in ("sentences", "sentiment", "mentions"):
        pd.testing.assert_frame_equal(back[name], tables[name], check_dtype=False, obj=name)
    for name, column in (("quotes", "content"), ("timexes", "value"), ("events", "event")):
        assert back[name][column].tolist() == tables[name][column].tolist(), name
    assert not list((tmp_path / "data" / "processed").glob(".run-*"))  # no staging folder left


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_sink_takes_each_chunks_finished_tables_which_join_into_the_whole_runs(articles, tables, jobs):
    parts: dict[str, dict[int, pd.DataFrame]] = {}

    def sink(name: str, i: int, table: pd.DataFrame) -> None:
        assert i not in parts.setdefault(name, {}), (name, i)
        parts[name][i] = table

    out = analyse(articles, jobs=jobs, chunk=2, progress=False, sink=sink)
    assert set(out) == set(TABLES) - set(SPILLED) - set(HANDED)
    n = len(list(chunks(articles, 2)))
    for name in SPILLED:
        assert sorted(parts[name]) == list(range(n)), name
    for name in (*SPILLED, *HANDED):
        assert sorted(parts[name]) == list(range(len(parts[name]))), name  # consecutive from 0
        joined = concat([parts[name][i] for i in range(len(parts[name]))])
        pd.testing.assert_frame_equal(joined, tables[name], check_exact=True, obj=name)
    for name in out:
        pd.testing.assert_frame_equal(out[name], tables[name], check_exact=True, obj=name)


def test_a_spilled_chunks_tables_are_let_go_before_the_next_chunk_is_spilled(articles):
    import weakref

    held: list[tuple[int, weakref.ref]] = []

    def sink(name: str, i: int, table: pd.DataFrame) -> None:
        if name not in SPILLED:
            return  # the timeline, whole in parts
        gc.collect()
        alive = sorted({k for k, ref in held if k < i and ref() is not None})
        assert not alive, f"chunk {i} spilled while the tables of chunks {alive} are still held"
        held.append((i, weakref.ref(table)))

    analyse(articles, jobs=1, chunk=1, progress=False, sink=sink)
    assert {k for k, _ in held} == set(range(len(articles)))


def test_write_analysis_writes_the_finished_tables_chunk_by_chunk_and_reads_back_the_same(
        articles, tmp_path, monkeypatch):
    from presslens import pipeline
    from presslens.corpus import skipped

    monkeypatch.setattr(pipeline, "_MIN_CHUNK", 1)  # a few articles: chunks of 2, as a large corpus has many
    n = len(list(pipeline._parts(articles, 1)))
    assert n > 2
    pipeline.write_analysis(articles, tmp_path / "spilled", jobs=1, progress=False)
    folder = tmp_path / "spilled" / "data" / "processed"
    for name in SPILLED:
        assert [p.name for p in sorted((folder / name).glob("part-*.parquet"))] == \
            [f"part-{i:05d}.parquet" for i in range(n)], name
    whole = analyse(articles, jobs=1, chunk=len(articles))
    report = skipped(articles)
    pipeline.write_tables({"articles": articles, "skipped": report, **whole}, tmp_path / "whole")
    back, expected = load_tables(tmp_path / "spilled"), load_tables(tmp_path / "whole")
    assert set(back) == set(expected) == {"articles", "skipped", *TABLES}
    for name in expected:
        pd.testing.assert_frame_equal(back[name], expected[name], check_exact=True, obj=name)



def test_write_analysis_keeps_the_file_type_of_each_skipped_file(tmp_path):
    # presslens run wrote the skip report without its format column: notebook 01, reading the run's
    # tables, counted every skipped file under 'unknown' in its table per file type.
    from presslens.corpus import duplicate_summary, load_corpus, skipped
    from presslens.pipeline import write_analysis

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "ferry.txt").write_text("Umberton ferry resumes\n\nThe Umberton ferry resumed on Monday.\n")
    (corpus / "budget.xls").write_bytes(b"\xd0\xcf\x11\xe0 a fictional old workbook")
    (corpus / "empty.txt").write_bytes(b"")
    articles = load_corpus(corpus)
    write_analysis(articles, tmp_path / "out", jobs=1, progress=False)
    report = load_tables(tmp_path / "out", ["skipped"])["skipped"]
    pd.testing.assert_frame_equal(report, skipped(articles))
    summary = duplicate_summary(articles, report).set_index("format")["skipped"]
    assert summary.to_dict() == {"txt": 1, "xls": 1}

def test_write_analysis_of_an_empty_corpus_writes_every_table_empty(tmp_path):
    from presslens.pipeline import write_analysis

    write_analysis(pd.DataFrame({"doc_id": [], "text": []}), tmp_path, jobs=1, progress=False)
    back = load_tables(tmp_path)
    assert set(back) == {"articles", "skipped", *TABLES}
    assert all(len(table) == 0 for table in back.values())


def test_a_table_is_written_in_parts_of_about_the_part_size_and_read_back_whole(articles, tables, tmp_path,
                                                                               monkeypatch):
    from presslens import pipeline

    monkeypatch.setattr(pipeline, "_PART_BYTES", 1)  # a row per part
    pipeline.write_tables({"articles": articles, "quotes": tables["quotes"], "speakers": tables["speakers"].iloc[:0]},
                          tmp_path)
    folder = tmp_path / "data" / "processed"
    assert len(list((folder / "articles").glob("part-*.parquet"))) == len(articles)
    assert len(list((folder / "quotes").glob("part-*.parquet"))) == len(tables["quotes"]) > 1
    assert [p.name for p in (folder / "speakers").glob("part-*.parquet")] == ["part-00000.parquet"]
    back = load_tables(tmp_path)
    pd.testing.assert_frame_equal(back["quotes"], read_back_whole(tables["quotes"], tmp_path / "whole"))
    pd.testing.assert_frame_equal(back["articles"], read_back_whole(articles, tmp_path / "whole-articles"))
    assert len(back["speakers"]) == 0 and list(back["speakers"].columns) == list(tables["speakers"].columns)


def read_back_whole(table: pd.DataFrame, folder: Path) -> pd.DataFrame:
    """``table`` written as one file and read back (what the parts must read back as)."""
    save_table(table, "t", folder, formats=("parquet",))
    return pd.read_parquet(folder / "data" / "processed" / "t.parquet")


def test_read_parts_joins_the_parts_in_the_order_of_their_numbers(tmp_path):
    for i in (100_000, 2, 99_999, 10):
        save_table(pd.DataFrame({"part": [i]}), f"t/part-{i:05d}", tmp_path, formats=("parquet",))
    assert read_parts(tmp_path / "data" / "processed" / "t")["part"].tolist() == [2, 10, 99_999, 100_000]


def test_jobs_and_chunks_are_checked(articles):
    with pytest.raises(ValueError, match="jobs"):
        analyse(articles, jobs=0)
    with pytest.raises(ValueError, match="chunk"):
        analyse(articles, chunk=0)
    with pytest.raises(ValueError, match="jobs=1"):
        analyse_chunks(chunks(articles, 1), jobs=2, step=lambda stage, fn, *a, **k: fn(*a, **k))


def test_empty_corpus_gives_empty_tables():
    empty = analyse(pd.DataFrame({"doc_id": pd.Series([], dtype=str), "text": pd.Series([], dtype=str)}))
    assert set(empty) == set(TABLES)
    assert all(len(t) == 0 for t in empty.values())


def test_odd_text_never_raises():
    odd = pd.DataFrame({"doc_id": ["q", "n", "u"],
                        "text": ["“" * 500 + "”" * 3, "no punctuation at all just words " * 40,
                                 "\u202e\x00 🙂 ​ «»"]})
    out = analyse(odd)
    assert set(out) == set(TABLES)


def test_load_tables_reads_files_and_part_folders(tmp_path, tables):
    save_table(tables["quotes"], "quotes", tmp_path)  # csv and parquet
    for i, part in enumerate(chunks(tables["sentences"], 40)):
        save_table(part, f"sentences/part-{i:05d}", tmp_path, formats=("parquet",))
    back = load_tables(tmp_path)
    assert set(back) == {"quotes", "sentences"}
    pd.testing.assert_frame_equal(back["sentences"], tables["sentences"])
    assert back["quotes"]["content"].tolist() == tables["quotes"]["content"].tolist()
    assert read_parts(tmp_path / "data" / "processed" / "sentences").shape == tables["sentences"].shape
    with pytest.raises(FileNotFoundError, match="timeline"):
        load_tables(tmp_path, names=["timeline"])


def test_load_tables_gives_back_the_lists_a_table_held(tmp_path):
    # The timeline's participants, articles and outlets are lists; the Parquet file holds them as
    # JSON text, and a notebook reading a run's tables joined that text letter by letter.
    timeline = pd.DataFrame({"value": ["2031-03-04", "2031-03-05"],
                             "participants": [["Mara Velk", "Ostrin"], []],
                             "doc_ids": [["ferry", "quay"], ["ferry"]], "n_articles": [2, 1]})
    save_table(timeline, "timeline", tmp_path)
    save_table(timeline, "events/part-00000", tmp_path, formats=("parquet",))
    back = load_tables(tmp_path, ["timeline", "events"])
    for name in ("timeline", "events"):
        assert back[name]["participants"].tolist() == [["Mara Velk", "Ostrin"], []], name
        assert back[name]["participants"].str.join(", ").tolist() == ["Mara Velk, Ostrin", ""], name
        assert back[name]["doc_ids"].tolist() == [["ferry", "quay"], ["ferry"]], name
        assert back[name].attrs == {}, name


def test_file_batches_keep_possible_doc_id_twins_together(tmp_path):
    names = ["a.md", "a.n.txt", "a.txt", "b.txt", "c.txt", "d.txt"]
    files = [tmp_path / n for n in names]
    batches = file_batches(files, 6)
    assert [f for b in batches for f in b] == files
    assert [f.name for f in batches[0]] == ["a.md", "a.n.txt", "a.txt"]
    assert file_batches([], 4) == []


def test_loading_in_batches_equals_loading_the_folder():
    whole = load_corpus(FIXTURES)
    files = corpus_files(FIXTURES)
    parts = [load_corpus(FIXTURES, files=b) for b in file_batches(files, 3)]
    for p in parts:
        p.attrs = {}
    batched = pd.concat(parts, ignore_index=True)
    # Batches see their own duplicates only; the Dask run drops and marks the rest across
    # batches (tests/test_dask.py).
    batched = batched[batched["doc_id"].isin(whole["doc_id"])].reset_index(drop=True)
    whole.attrs = {}
    assert whole["duplicate_of"].notna().sum() > batched["duplicate_of"].notna().sum()
    pd.testing.assert_frame_equal(batched.drop(columns="duplicate_of"), whole.drop(columns="duplicate_of"),
                                  check_dtype=False)


@pytest.mark.slow
def test_chunked_run_in_worker_processes_equals_whole_run_on_real_news():
    """On real news, pronoun resolution draws on gender evidence from other articles: the parts
    of a chunked run must share the corpus's evidence to give the whole run's quotes, in
    whichever process they run."""
    from conftest import shared_path

    folder = shared_path("corpora", "polnear-train")
    # The first 300 of PolNeAR's 840 articles, a third of the cost of all: without the shared
    # evidence 2 of their 4,549 quotes change speaker in chunks of 50 (12 of all PolNeAR's in
    # chunks of 100); the chunks go to two worker processes, whose results must not depend on
    # how many there are.
    articles = load_corpus(folder).iloc[:300].reset_index(drop=True)
    whole = analyse(articles, jobs=1, chunk=len(articles))
    parts = analyse(articles, jobs=2, chunk=50, progress=False)
    for name in TABLES:
        pd.testing.assert_frame_equal(whole[name], parts[name], check_exact=True, obj=name)


def test_the_analysis_thaws_what_it_froze_out_of_the_cycle_collector():
    articles = pd.DataFrame({"doc_id": ["a"], "text": ["Mayor Ida Fenn said on Monday the ferry would sail."]})
    assert gc.get_freeze_count() == 0
    analyse_chunks([articles])
    assert gc.get_freeze_count() == 0
    gc.freeze()  # someone else's freeze is left as it was
    try:
        frozen = gc.get_freeze_count()
        analyse_chunks([articles])
        # Still frozen, and nothing added: frozen objects may be freed by
        # reference counting meanwhile, so the count can only drop.
        assert 0 < gc.get_freeze_count() <= frozen
    finally:
        gc.unfreeze()


def test_the_analysis_takes_arrow_buffers_from_the_system_allocator_unless_one_was_chosen(monkeypatch):
    import pyarrow as pa

    articles = pd.DataFrame({"doc_id": ["a"], "text": ["Mayor Ida Fenn said on Monday the ferry would sail."]})
    seen = []

    def step(stage, fn, *args, **kwargs):
        seen.append(pa.default_memory_pool().backend_name)
        return fn(*args, **kwargs)

    monkeypatch.delenv("ARROW_DEFAULT_MEMORY_POOL", raising=False)
    before = pa.default_memory_pool().backend_name
    analyse_chunks([articles], step=step)
    assert pa.default_memory_pool().backend_name == before  # given back
    assert set(seen) == ({"system"} if before == "mimalloc" else {before})
    seen.clear()
    monkeypatch.setenv("ARROW_DEFAULT_MEMORY_POOL", before)  # a choice of the user's is kept
    analyse_chunks([articles], step=step)
    assert set(seen) == {before}


def test_compact_keeps_values_and_what_does_not_fit():
    table = pd.DataFrame({"start": [0, 5], "big": [0, 2**40], "span": pd.array([1, None], dtype="Int64"),
                          "none": pd.array([None, None], dtype="Int64"), "score": [0.5, 1.0]})
    small = compact(table)
    assert small.dtypes.astype(str).tolist() == ["int32", "int64", "Int32", "Int32", "float64"]
    pd.testing.assert_frame_equal(small, table, check_dtype=False)
    assert compact(table.iloc[:0]).dtypes.astype(str).tolist()[:2] == ["int32", "int32"]


def test_the_analysis_keeps_blas_on_one_thread_in_every_process(articles, tables, monkeypatch):
    # Each process runs its tasks on one core: BLAS threads beside it only spin (see
    # pipeline._one_blas_thread). The anchor model's product is the analysis's BLAS call.
    from threadpoolctl import threadpool_info, threadpool_limits

    from presslens.timeline import anchors

    real = anchors.probabilities

    def probabilities(rows, model):
        threads = {pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"}
        if threads - {1}:
            raise AssertionError(f"BLAS on {threads} threads")
        return real(rows, model)

    monkeypatch.setattr(anchors, "probabilities", probabilities)
    with threadpool_limits(2, user_api="blas"):  # as on a machine of two cores or more
        for jobs in (1, 2):  # forked workers: they inherit the patch
            out = analyse(articles, jobs=jobs, chunk=1, progress=False)
            pd.testing.assert_frame_equal(out["events"], tables["events"], check_exact=True)
        assert {p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas"} == {2}  # given back


def test_a_worker_started_afresh_keeps_blas_on_one_thread():
    # Forked workers inherit the limit (the test above); a worker started afresh (forkserver,
    # spawn: not Linux) sets it itself in its loop, which that test cannot reach on Linux.
    import queue

    from threadpoolctl import threadpool_info, threadpool_limits

    from presslens.pipeline import _serve

    def blas_threads(chunk):
        return {pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"}

    tasks, results = queue.Queue(), queue.Queue()
    tasks.put((blas_threads, 0, 0, "a chunk", ()))
    tasks.put(None)
    with threadpool_limits(2, user_api="blas"):
        _serve(0, tasks, results, None)
    assert results.get_nowait() == (0, 0, True, {1})


def test_a_chunked_run_holds_the_sentence_columns_and_equal_timex_values_once(articles):
    tables = analyse_chunks(chunks(articles, 1))
    sentences, sentiment = tables["sentences"], tables["sentiment"]
    for col in ("para_id", "sent_id", "start", "end"):  # the sentiment's are the sentences' own arrays
        assert np.shares_memory(sentiment[col].to_numpy(), sentences[col].to_numpy()), col
    # One string per distinct value across the chunks, as within one (dtypes.shared_values).
    values = [v for v in tables["timexes"]["value"] if v is not None]
    assert len({id(v) for v in values}) == len(set(values)) < len(values)


def test_the_first_rounds_sentences_are_held_without_their_text_and_cut_again_as_made():
    from presslens import pipeline
    from presslens.text import split_sentences

    chunk = pd.DataFrame({"doc_id": ["a", "b", "c", "d"],
                          "text": ["Ada Quill spoke. Then she left.", None, "", "Mayor Ivo Brant said so.\n\nNo."]})
    held = pipeline._articles_task(chunk, None, pipeline._call)["sentences"]
    assert "text" not in held  # none of the later steps reads it
    made = compact(split_sentences(chunk))
    pd.testing.assert_frame_equal(pipeline._with_text(chunk, held), made, check_exact=True)
    empty = chunk.iloc[1:3]  # articles that make no sentence: an empty table of the same columns
    pd.testing.assert_frame_equal(pipeline._with_text(empty, pipeline._without_text(empty, split_sentences(empty))),
                                  split_sentences(empty), check_exact=True)


def test_a_sink_takes_the_events_and_the_timeline_before_the_speaker_totals_are_made(articles, monkeypatch):
    from presslens import pipeline

    seen: list[str] = []
    speakers = pipeline._speakers
    monkeypatch.setattr(pipeline, "_speakers", lambda *a: (seen.append("speakers"), speakers(*a))[1])
    analyse(articles, jobs=1, chunk=2, progress=False, sink=lambda name, i, table: seen.append(name))
    assert set(HANDED) <= set(seen[:seen.index("speakers")])


def test_a_part_counts_the_objects_of_its_object_columns_as_they_are_written(monkeypatch):
    from presslens import pipeline

    monkeypatch.setattr(pipeline, "_PART_BYTES", 100_000)
    # 1,000 rows of lists of long sentences (a timeline's): 8 bytes per row by their pointers, a
    # few kilobytes each as the JSON text a part is written as.
    long = pd.DataFrame({"n": np.arange(1000), "sentences": [["A fictional sentence of Avalon. " * 20] * 3] * 1000})
    assert pipeline._part_rows(long) < 100  # not one part of 1,000 rows
    written = len(json_cell(long["sentences"].iloc[0]))
    assert pipeline._part_rows(long) == pytest.approx(100_000 / (written + 8 + 8), rel=0.1)
    plain = pd.DataFrame({"n": np.arange(1000, dtype=np.int64)})  # buffers alone: 8 kB, one part
    assert pipeline._part_rows(plain) == 1000
    assert pipeline._object_bytes(plain) == 0 and pipeline._object_bytes(long.iloc[:0]) == 0


def test_the_timeline_and_the_speaker_totals_read_only_their_slim_rows(articles, tables):
    from presslens.quotes import speakers
    from presslens.quotes.speakers import speaker_rows
    from presslens.timeline import build_timeline
    from presslens.timeline.events import timeline_reports

    events, quotes = tables["events"], tables["quotes"]
    reports = timeline_reports(events)
    assert reports["date_start"].notna().all() and len(reports) < len(events)  # the dated rows alone
    pd.testing.assert_frame_equal(build_timeline(reports), build_timeline(events), check_exact=True)
    undated = events[events["date_start"].isna()]
    pd.testing.assert_frame_equal(build_timeline(timeline_reports(undated)), build_timeline(undated),
                                  check_exact=True)
    rows = speaker_rows(quotes)
    assert "content" not in rows and rows["words_quoted"].sum() > 0
    sources = articles.reindex(columns=["doc_id", "outlet"])
    pd.testing.assert_frame_equal(speakers(rows, sources), speakers(quotes, sources), check_exact=True)
    before = rows.copy()
    speakers(rows)
    pd.testing.assert_frame_equal(rows, before)  # the rows given are left as they are


def test_progress_bar_is_the_text_bar_without_widgets(monkeypatch):
    """Without ipywidgets (no dependency), the bar over the chunks is tqdm's text bar: tqdm.auto
    would pick the widget bar inside a kernel and warn into every executed notebook."""
    import importlib.util

    import tqdm.auto

    find_spec = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *rest: None if name == "ipywidgets" else find_spec(name, *rest))

    class WidgetBar:  # what tqdm.auto gives inside a kernel
        def __init__(self, *args, **kwargs):
            raise AssertionError("the widget bar asked for without ipywidgets")

    monkeypatch.setattr(tqdm.auto, "tqdm", WidgetBar)
    articles = pd.DataFrame({"doc_id": ["a", "b"], "text": ["Mara Quell said the Ostrava Isle ferry was late.",
                                                          "The Kestrel Courier closed on Monday."],
                             "published": pd.to_datetime(["2031-03-02", "2031-03-02"])})
    assert len(analyse(articles, jobs=1, chunk=1, progress=True)["sentences"]) == 2
