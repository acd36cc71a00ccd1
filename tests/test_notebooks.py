"""Every notebook, as committed and as executed: clean on disk, and runs on the sample through plain
papermill from a folder outside the project, recording its results, tables and figures."""

from __future__ import annotations

import ast
import json
import re

import nbformat
import pandas as pd
import papermill
import pytest

from conftest import ROOT, SAMPLE

NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
KERNELSPEC = {"name": "python3", "display_name": "Python 3", "language": "python"}
ids = [p.stem for p in NOTEBOOKS]


def test_notebooks_are_numbered_in_run_order():
    assert NOTEBOOKS and NOTEBOOKS[0].stem == "01_corpus"
    numbers = [p.stem[:2] for p in NOTEBOOKS]
    assert len(set(numbers)) == len(numbers), "two notebooks share a number"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=ids)
def test_committed_notebook_is_clean_and_parameterised(path):
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata.get("kernelspec") == KERNELSPEC
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code, "a notebook without code"
    for cell in code:
        assert cell.outputs == [] and cell.execution_count is None, "commit notebooks without outputs"
    first = code[0]
    assert "parameters" in first.metadata.get("tags", []), "first code cell must be tagged 'parameters'"
    assert not any("injected-parameters" in c.metadata.get("tags", []) for c in nb.cells)
    # papermill must read every assignment of the parameters cell (its parser skips lines it cannot
    # read, e.g. a comment with a semicolon, and such a knob could then not be set from the CLI).
    assigned = {t.id for s in ast.parse(first.source).body if isinstance(s, ast.Assign)
                for t in s.targets if isinstance(t, ast.Name)}
    declared = set(papermill.inspect_notebook(str(path)))
    assert declared == assigned
    assert {"corpus", "output_dir"} <= declared
    assert nb.cells[0].cell_type == "markdown", "open with a markdown cell saying what the notebook shows"


def test_recorded_labels_are_named_for_what_they_label():
    # index.html shows 02's headline numbers as tables: "Tomas Grell action -0.309 label neutral" read as a
    # contradiction; a label recorded beside other scores is named as its table column is ("portrayal_label").
    cells = nbformat.read(ROOT / "notebooks" / "02_sentiment.ipynb", as_version=4).cells
    keys = {}
    trees = [ast.parse(c.source) for c in cells if c.cell_type == "code" and "record_results(" in c.source]
    for node in (n for tree in trees for n in ast.walk(tree)):
        if isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values):
                if isinstance(key, ast.Constant) and isinstance(value, ast.DictComp) \
                        and isinstance(value.value, ast.Dict):
                    keys[key.value] = {k.value for k in value.value.keys if isinstance(k, ast.Constant)}
    assert "portrayal_label" in keys["entity_portrayal"] and "tone_label" in keys["speaker_tone"]
    assert not any("label" in names for names in keys.values())


def test_headline_figures_carry_their_articles_intervals_and_outlet_differences():
    # audit5: 02's headline portrayal and speaker tone gave "Nurses -0.079 negative, share_negative 1.0" with no
    # article count or flag (three articles); 03's share_named had no interval; outlets were compared only by two
    # means side by side. Each headline figure now says what it rests on, and outlets get a difference's interval.
    def source(name: str) -> str:
        cells = nbformat.read(ROOT / "notebooks" / name, as_version=4).cells
        return "\n".join(c.source for c in cells if c.cell_type == "code")

    sentiment, quotes = source("02_sentiment.ipynb"), source("03_quotes.ipynb")
    keys = {}
    for node in ast.walk(ast.parse(sentiment.replace("%matplotlib inline", ""))):
        if isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values):
                if isinstance(key, ast.Constant) and isinstance(value, ast.DictComp) \
                        and isinstance(value.value, ast.Dict):
                    keys[key.value] = {k.value for k in value.value.keys if isinstance(k, ast.Constant)}
    assert {"articles", "small"} <= keys["entity_portrayal"] and {"articles", "small"} <= keys["speaker_tone"]
    assert '"share_named_ci"' in quotes and '"sentence_shares_ci"' in sentiment
    assert 'difference_intervals(dated, "tone", "outlet"' in sentiment
    assert 'difference_intervals(entity_docs, "portrayal", "outlet", within="entity"' in sentiment
    assert 'difference_intervals(unnamed, "unnamed", "outlet"' in quotes


def test_notebook_03_shows_how_far_its_source_counts_held_against_hand_annotation():
    # Beside its shares, 03 shows make eval's check of each on PolNeAR (presslens.report.source_count_check: which
    # are biased, which safe as levels) and records the named share of the quotes with a source, the safe one.
    cells = nbformat.read(ROOT / "notebooks" / "03_quotes.ipynb", as_version=4).cells
    code = [c.source for c in cells if c.cell_type == "code"]
    shown = next(i for i, c in enumerate(code) if "source_count_check()" in c)
    assert 'print(check["note"])' in code[shown] and 'check["rows"]' in code[shown]
    assert shown > next(i for i, c in enumerate(code) if "share_intervals(" in c)  # after the shares it reads
    assert '"share_named_of_sources"' in code[-1]


def test_timeline_counts_of_the_filtered_view_are_named_shown():
    # audit5: 04's past_events / future_events counted only the rows the filters kept, beside timeline_events and
    # multi_article_events counted on the whole timeline, and their names did not say so.
    cells = nbformat.read(ROOT / "notebooks" / "04_timeline.ipynb", as_version=4).cells
    source = "\n".join(c.source for c in cells if c.cell_type == "code" and "record_results(" in c.source)
    counted = {}
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values):
                if isinstance(key, ast.Constant):
                    counted[key.value] = {n.id for n in ast.walk(value) if isinstance(n, ast.Name)}
    assert "shown_past_events" in counted and "shown_future_events" in counted
    assert all(key.startswith("shown_") for key, names in counted.items() if "view" in names)
    # Evidence shown where it can be found: the timeline row's date offset, the extreme sentences' articles.
    assert 'view["starts"]' in "\n".join(c.source for c in cells if c.cell_type == "code")
    sentiment = nbformat.read(ROOT / "notebooks" / "02_sentiment.ipynb", as_version=4).cells
    shown = "\n".join(c.source for c in sentiment if c.cell_type == "code")
    assert '"most_positive_doc_id"' in shown and '"most_negative_doc_id"' in shown

@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    """All notebooks run in order on the sample into one output root, with plain papermill from a
    working folder outside the project (paths must not depend on the current folder)."""
    out = tmp_path_factory.mktemp("outputs")
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    results = {}
    for path in NOTEBOOKS:
        declared = papermill.inspect_notebook(str(path))
        given = {"corpus": str(SAMPLE), "output_dir": str(out)}
        target = out / "executed" / path.name
        target.parent.mkdir(exist_ok=True)
        try:
            papermill.execute_notebook(str(path), str(target), cwd=str(elsewhere), progress_bar=False,
                                       parameters={k: v for k, v in given.items() if k in declared})
            results[path.stem] = None
        except papermill.PapermillExecutionError as exc:
            results[path.stem] = f"In [{exc.exec_count}] {exc.ename}: {exc.evalue}"
    return out, results


@pytest.mark.parametrize("path", NOTEBOOKS, ids=ids)
def test_notebook_runs_on_the_sample_and_records_results(executed, path):
    out, errors = executed
    assert errors[path.stem] is None, errors[path.stem]
    nb = nbformat.read(out / "executed" / path.name, as_version=4)
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    assert any("image/png" in o.get("data", {}) for o in outputs), "each notebook shows a figure"
    results = json.loads((out / "reports" / "results" / f"{path.stem}.json").read_text())
    assert results, "headline numbers recorded with presslens.io.record_results"
    assert all(isinstance(k, str) for k in results)


def test_figures_and_tables_land_under_the_output_root(executed):
    out, _ = executed
    figures = list((out / "reports" / "figures").glob("*.png"))
    assert len(figures) >= len(NOTEBOOKS)
    assert all(f.stat().st_size > 1000 for f in figures)
    tables = {p.stem for p in (out / "data" / "processed").glob("*.csv")}
    assert {"articles", "sentences"} <= tables
    for stem in tables:
        # Both formats hold the same rows (CSV fields may carry quotes and newlines from articles).
        csv = pd.read_csv(out / "data" / "processed" / f"{stem}.csv")
        parquet = pd.read_parquet(out / "data" / "processed" / f"{stem}.parquet")
        assert list(csv.columns) == list(parquet.columns) and len(csv) == len(parquet), stem
    assert not list(out.rglob("*.tmp"))
    assert not list(out.glob("data/raw/*"))


def test_corpus_notebook_tables_match_the_corpus(executed, sample_articles):
    out, _ = executed
    results = json.loads((out / "reports" / "results" / "01_corpus.json").read_text())
    articles = pd.read_parquet(out / "data" / "processed" / "articles.parquet")
    sentences = pd.read_parquet(out / "data" / "processed" / "sentences.parquet")
    assert list(articles["doc_id"]) == list(sample_articles["doc_id"])
    assert results["articles"] == len(articles) == len(sample_articles)
    assert results["sentences"] == len(sentences) > 0
    assert results["skipped"] == 0
    assert results["words"] == sum(len(t.split()) for t in sample_articles["text"])
    texts = dict(zip(articles["doc_id"], articles["text"]))
    for row in sentences.itertuples():
        assert texts[row.doc_id][row.start:row.end] == row.text
    csv = pd.read_csv(out / "data" / "processed" / "sentences.csv")
    assert len(csv) == len(sentences)


def test_presslens_run_builds_the_html_report(tmp_path):
    import os
    import stat

    import presslens
    from presslens.run import discover_notebooks, run_notebooks

    mask = os.umask(0o022)
    try:
        status = run_notebooks(discover_notebooks(select="01"), {"corpus": str(SAMPLE), "output_dir": str(tmp_path)},
                               tmp_path, progress=False)
    finally:
        os.umask(mask)
    assert status.status == "ok"
    reports = tmp_path / "reports"
    page = (reports / "01_corpus.html").read_text(encoding="utf-8")
    assert "data:image/png;base64" in page and "Traceback" not in page
    assert not re.search(r"<script[^>]*\bsrc=", page), "the report must open offline, fetching no scripts"
    index = (reports / "index.html").read_text(encoding="utf-8")
    assert "01_corpus.html" in index and "figures/corpus_overview.png" in index
    assert "figures/corpus_overview.svg" in index
    run = json.loads((reports / "run.json").read_text())
    assert run["notebooks"][0]["status"] == "ok"
    # Provenance: what produced the report, on every page.
    prov = run["provenance"]
    assert prov["presslens"] == presslens.__version__ and prov["python"] and prov["libraries"]["pandas"]
    assert prov["parameters"]["corpus"] == str(SAMPLE)
    assert prov["corpus"]["files"] == 1 and prov["corpus"]["articles"] == 1
    assert prov["corpus"]["fingerprint"].startswith("sha256:")
    for html_page in (page, index):
        assert f"presslens {presslens.__version__}" in html_page and "1 article(s)" in html_page
    # One annotated page per article, linked from the index.
    articles = sorted((reports / "articles").glob("*.html"))
    assert len(articles) == 1 and f"articles/{articles[0].name}" in index
    annotated = articles[0].read_text(encoding="utf-8")
    assert 'class="pl-quote"' in annotated and 'class="pl-timex"' in annotated and "pl-provenance" in annotated
    assert "1 article(s)" in annotated
    # Everything written follows the umask (022: readable by all, writable by the owner).
    modes = {str(p.relative_to(tmp_path)): oct(stat.S_IMODE(p.stat().st_mode)) for p in tmp_path.rglob("*")
             if p.is_file()}
    assert set(modes.values()) == {"0o644"}, modes


def test_notebook_03_picks_its_speakers_as_02_picks_entities_naming_a_name_found_nowhere():
    # audit2: 03 filtered speakers inline by substring and showed an empty table for a misspelt name;
    # select_entities matches whole words and warns naming the name (fictional check in the run's notes).
    cells = [c.source for c in nbformat.read(ROOT / "notebooks" / "03_quotes.ipynb", as_version=4).cells]
    picked = [s for s in cells if "focus = speakers" in s]
    assert picked and 'select_entities(shown, focus, column="speaker")' in picked[0]
    assert "str.contains" not in picked[0]


def test_outlet_differences_are_read_after_holms_adjustment_without_the_no_outlet_articles():
    # audit5 items 9 and 13: k outlets give k(k-1)/2 pairs at 95% each, and "(no outlet)" was compared like an
    # outlet. 02 and 03 now print describe_differences (the Holm-adjusted reading, the left-out articles counted)
    # and their prose says to read differs_holm.
    def cells(name: str, kind: str) -> str:
        return "\n".join(c.source for c in nbformat.read(ROOT / "notebooks" / name, as_version=4).cells
                         if c.cell_type == kind)

    for name, table in (("02_sentiment.ipynb", "outlet_diff"), ("03_quotes.ipynb", "unnamed_diff")):
        assert f"print(describe_differences({table}" in cells(name, "code")
        prose = cells(name, "markdown")
        assert "`differs_holm`" in prose and "without an outlet" in prose
    assert '"differs_holm"' in cells("02_sentiment.ipynb", "code")  # the entity differences table shows it
    assert "describe_method(min_size=int(min_size))" in cells("03_quotes.ipynb", "code")


def test_tone_over_time_is_binned_by_week_when_most_days_are_small():
    # audit5 item 12: one article a day made every day a small group with no interval
    code = "\n".join(c.source for c in nbformat.read(ROOT / "notebooks" / "02_sentiment.ipynb", as_version=4).cells
                     if c.cell_type == "code")
    assert "publication_periods(per_article" in code and '"tone_by_date_period": period' in code


def test_each_notebook_shows_the_measured_figures_that_qualify_its_numbers():
    # The figures make eval measured stood only in the report's table at the end: a reader of notebook 04 saw
    # the timeline's counts with no word of how far its dates and events hold.
    from presslens.report import measured_meanings

    for name in sorted({m["notebook"] for m in measured_meanings().values()}):
        code = "\n".join(c.source for c in nbformat.read(ROOT / "notebooks" / f"{name}.ipynb", as_version=4).cells
                         if c.cell_type == "code")
        assert f'measured_beside("{name}")' in code, name
        assert "print(measured_note())" in code, name  # when, with which version, the intervals' method
