"""The run's report: headline numbers as tables, escaped; provenance; annotated article pages."""

from __future__ import annotations

import html
import json
import re
import shutil
from pathlib import Path

import nbformat
import pytest

from presslens import report

from conftest import FIXTURES

CORPUS = FIXTURES / "report"  # three fictional articles


def test_corpus_listing_fingerprints_names_and_sizes(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    first = report.corpus_listing(corpus)
    assert first["files"] == 3 and first["bytes"] == sum(p.stat().st_size for p in CORPUS.iterdir())
    (corpus / ".hidden").write_text("not read by the loader")
    assert report.corpus_listing(corpus) == first
    with (corpus / "ferry.txt").open("a") as fh:
        fh.write("One more line.\n")
    assert report.corpus_listing(corpus)["fingerprint"] != first["fingerprint"]
    assert report.corpus_listing(tmp_path / "absent")["files"] == 0


def test_index_shows_nested_results_as_tables_and_escapes_everything(tmp_path):
    reports = tmp_path / "reports"
    (reports / "results").mkdir(parents=True)
    (reports / "figures").mkdir()
    nbformat.write(nbformat.v4.new_notebook(), reports / "02_sentiment.ipynb")
    (reports / "figures" / "tone.png").write_bytes(b"\x89PNG fictional")
    (reports / "figures" / "tone.svg").write_text("<svg/>")
    hostile = "<script>alert('x')</script>"
    (reports / "results" / "02_sentiment.json").write_text(json.dumps({
        "articles": 3, "share_positive": 0.25,
        "entity_tone": {"Ada Quill": {"mentions": 4, "tone": -0.25}, hostile: {"mentions": 1, "tone": 0.5}},
        "by_type": {"DATE": 5, "DURATION": 1}, "note": hostile}))
    run = {"status": "ok", "started": "2031-03-04T10:00:00+00:00", "finished": "2031-03-04T10:01:00+00:00",
           "notebooks": [{"name": "02_sentiment", "status": "ok"}],
           "provenance": report.provenance({"corpus": str(CORPUS), "entities": hostile}, CORPUS)}
    (reports / "run.json").write_text(json.dumps(run))
    page = report.write_index(tmp_path).read_text(encoding="utf-8")
    assert "<script" not in page and "&lt;script&gt;" in page
    # Nested results are small tables with one row per key, never JSON text.
    assert '"mentions"' not in page and "{" not in re.sub(r"<style>.*?</style>", "", page, flags=re.S)
    assert re.search(r"<th>Ada Quill</th><td[^>]*>4</td><td[^>]*>-0.250</td>", page)
    assert re.search(r"<th>DATE</th><td[^>]*>5</td>", page)
    # Figures at full width, linked to their PNG and SVG; provenance printed.
    assert 'href="figures/tone.svg"' in page and 'src="figures/tone.png"' in page
    assert "figure img{width:100%" in page and "overflow-x:auto" in page
    assert "3 file(s)" in page and run["provenance"]["corpus"]["fingerprint"][:19] in page


def test_index_shows_an_empty_headline_table_as_none_not_as_a_header_without_rows(tmp_path):
    # A corpus of one outlet records its comparisons of outlets as {}: the index said "value" and nothing else.
    reports = tmp_path / "reports"
    (reports / "results").mkdir(parents=True)
    nbformat.write(nbformat.v4.new_notebook(), reports / "02_sentiment.ipynb")
    (reports / "results" / "02_sentiment.json").write_text(json.dumps({
        "tone_outlet_differences": {}, "speaker_tone": [], "articles": 1}))
    page = report.write_index(tmp_path).read_text(encoding="utf-8")
    for key in ("tone_outlet_differences", "speaker_tone"):
        assert re.search(rf"<tr><th>{key}(<br><span class=\"what\">[^<]*</span>)?</th><td[^>]*>\s*none\s*</td></tr>",
                         page)
    assert "<th>value</th></tr>\n</table>" not in page


def test_index_says_what_the_figures_were_measured_against_without_copying_them(tmp_path, monkeypatch):
    # A reader of index.html learns where presslens's accuracy was measured (the README's section, linked)
    # and how to check it on this corpus by hand; a package without make eval's figures says so plainly.
    monkeypatch.setattr(report.datafiles, "data_json", lambda name: None)
    reports = tmp_path / "reports"
    reports.mkdir()
    nbformat.write(nbformat.v4.new_notebook(), reports / "05_validation.ipynb")
    corpus = tmp_path / "Ostrin Gazette"
    run = {"status": "ok", "started": "2031-03-04T10:00:00+00:00", "finished": "2031-03-04T10:01:00+00:00",
           "notebooks": [{"name": "05_validation", "status": "ok"}], "provenance": report.provenance({}, corpus)}
    (reports / "run.json").write_text(json.dumps(run))
    page = report.write_index(tmp_path).read_text(encoding="utf-8")
    section = page[page.index("<h2>Validation</h2>"):page.index("<h2>Figures</h2>")]
    assert "PolNeAR" in section and "NewsMTSC" in section and "TempEval-3" in section
    assert f"#{report.README_SECTION}" in section and "How well it works" in section
    readme = (Path(report.__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    heading = next(line for line in readme.splitlines() if line.startswith("## How well it works"))
    assert re.sub(r"[^a-z0-9 -]", "", heading[3:].lower()).replace(" ", "-") == report.README_SECTION
    assert not re.search(r"\d\.\d{3}", section)  # no measured figure copied into the page
    assert "holds no measured figures" in section and "measured.json" in section
    assert "presslens validate sample" in section and "Ostrin Gazette" in section and "--what portrayal" in section
    assert "05_validation" in section


MEASURED = {  # a fictional data/measured.json, as make eval writes it
    "presslens": "0.0.7", "commit": "0123456789abcdef", "modified": False, "date": "2031-03-04 10:00 UTC",
    "interval": "percentile bootstrap over Ostrin articles",
    "figures": [{"key": "quotes.direct_f1", "figure": "quotes, direct: content F1", "value": 0.91234,
                 "interval": [0.9011, 0.9222], "data": "Ostrin Gazette train, 12 articles", "goal": None},
                {"key": "timeline.value_f1", "figure": "time expressions: value F1", "value": 0.8,
                 "interval": [0.75, 0.85], "data": "Varn wire, 3 documents", "goal": "≥ 0.85"}]}


def test_index_shows_the_measured_headline_figures_with_intervals_data_goal_and_commit(tmp_path, monkeypatch):
    # The figures make eval measured stand in the page as it wrote them (no hand copy), with their intervals,
    # the data, the goal, the date and the commit; measured with another version than the one installed, the
    # page says so.
    monkeypatch.setattr(report.datafiles, "data_json", lambda name: MEASURED if name == "measured.json" else None)
    (tmp_path / "reports").mkdir()
    page = report.write_index(tmp_path).read_text(encoding="utf-8")
    section = page[page.index("<h2>Validation</h2>"):page.index("<h2>Figures</h2>")]
    cells = [re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<td[^>]*>.*?</td>", section, flags=re.S)]
    assert cells == ["quotes, direct: content F1", "0.912", "[0.901–0.922]", "Ostrin Gazette train, 12 articles",
                     "–", "time expressions: value F1", "0.800", "[0.750–0.850]", "Varn wire, 3 documents", "≥ 0.85"]
    assert "2031-03-04 10:00 UTC" in section and "0123456789" in section and "over Ostrin articles" in section
    assert "presslens 0.0.7, not the" in section and "holds no measured figures" not in section
    monkeypatch.setattr(report, "presslens_version", lambda: "0.0.7")
    assert "not the" not in report.write_index(tmp_path).read_text(encoding="utf-8")


SOURCES = {  # a fictional "sources" record of data/measured.json (presslens.evaluate.source_record)
    "presslens": "0.0.7", "commit": "fedcba9876543210", "modified": False, "date": "2031-03-05 09:00 UTC",
    "data": "Ostrin Gazette train", "articles": 12, "outlets": 3,
    "recall": {"named person": 0.8, "unnamed source": 0.5, "author": 0.9},
    "figures": [
        {"key": "per_article", "figure": "quotes per article", "published": "quotes", "presslens": 6.0, "gold": 9.0,
         "compared": "ratio", "value": 0.6667, "interval": [0.61, 0.72], "rank_rho": 1.0, "rank_p": 0.0},
        {"key": "direct_share", "figure": "direct share", "published": "direct", "presslens": 0.3, "gold": 0.2,
         "compared": "difference", "value": 0.1, "interval": [0.08, 0.12], "rank_rho": 0.5, "rank_p": 0.67},
        {"key": "named_of_sources_share", "figure": "named share of the quotes with a source",
         "published": "share_named_of_sources", "presslens": 0.8, "gold": 0.81, "compared": "difference",
         "value": -0.01, "interval": [-0.02, 0.0], "rank_rho": 1.0, "rank_p": 0.0}]}


def test_source_counts_are_shown_with_how_far_they_held_against_hand_annotation(tmp_path, monkeypatch):
    # Beside notebook 03's counts the index says what make eval measured for each on PolNeAR and how to read it:
    # a count beyond 0.03 of the annotators' is biased (too high, too low), to be compared by outlet order where
    # the outlets kept theirs; one within 0.03, interval and all, is safe as a level.
    monkeypatch.setattr(report.datafiles, "data_json",
                        lambda name: {**MEASURED, "sources": SOURCES} if name == "measured.json" else None)
    check = report.source_count_check()
    assert [r["reading"] for r in check["rows"]] == [
        "biased (too low): compare outlets by order only", "biased (too high), and the outlet order not shown to hold",
        "safe to compare, level and outlet order"]
    counts, direct, named = check["rows"]
    assert (counts["presslens"], counts["annotators"], counts["presslens against them"], counts["95% interval"]) == (
        "6.0", "9.0", "×0.667", "[0.610, 0.720]")
    assert (direct["in notebook 03"], direct["presslens against them"], direct["95% interval"]) == (
        "direct", "+0.100", "[+0.080, +0.120]")
    assert (direct["outlets in the same order"], named["outlets in the same order"]) == ("not shown, ρ 0.50",
                                                                                       "yes, ρ 1.00")
    note = check["note"]
    assert "finds 0.67 of the attributions" in note and "80% of those to named people" in note
    assert "read too high: direct share." in note and "read too low: quotes per article." in note
    assert "Safe to compare as levels: named share of the quotes with a source" in note and "author" not in note
    assert "presslens 0.0.7, not the" in check["stale"] and check["commit"] == "fedcba9876"
    reports = tmp_path / "reports"
    (reports / "results").mkdir(parents=True)
    nbformat.write(nbformat.v4.new_notebook(), reports / "03_quotes.ipynb")
    (reports / "results" / "03_quotes.json").write_text(json.dumps({"share_named": 0.75}))
    page = report.write_index(tmp_path).read_text(encoding="utf-8")
    shown = page[page.index("<h3>03_quotes"):page.index("<h2>Validation</h2>")]
    assert shown.index("share_named") < shown.index("checked against hand annotation")
    assert note in html.unescape(shown) and "[+0.080, +0.120]" in shown and "fedcba9876" in shown
    # without the check (an installation whose measured.json holds none), the section says so
    monkeypatch.setattr(report.datafiles, "data_json", lambda name: MEASURED if name == "measured.json" else None)
    assert report.source_count_check()["rows"] == []
    assert "not been checked" in report.write_index(tmp_path).read_text(encoding="utf-8")


def test_the_packaged_measured_figures_are_make_evals_headline():
    # The package ships make eval's headline figures, one per HEADLINE row, each with its interval.
    from presslens.evaluate import HEADLINE, SOURCE_COUNTS

    record = report.datafiles.data_json(report.MEASURED_FILE)
    assert [f["key"] for f in record["figures"]] == [key for key, *_ in HEADLINE]
    assert all(low <= f["value"] <= high for f in record["figures"] for low, high in [f["interval"]])
    assert len(record["commit"]) == 40 and record["date"][:4].isdigit()
    # and how far notebook 03's source counts held on PolNeAR, one figure per count, each with its interval
    sources = record["sources"]["figures"]
    assert [f["key"] for f in sources] == [key for key, *_ in SOURCE_COUNTS]
    assert all(low <= f["value"] <= high for f in sources for low, high in [f["interval"]])

def test_article_pages_respect_the_limit_and_link_back(tmp_path):
    summary = report.write_article_pages(CORPUS, tmp_path, limit=2, run={"provenance": report.provenance()})
    pages = sorted((tmp_path / "reports" / "articles").glob("*.html"))
    assert summary["articles"] == 3 and summary["written"] == 2 == len(pages)
    text = pages[0].read_text(encoding="utf-8")
    assert 'href="../index.html"' in text and "pl-article" in text
    listed = json.loads((tmp_path / "reports" / "articles" / "index.json").read_text())
    assert {p["file"] for p in listed["pages"]} == {p.name for p in pages}
    # A later run with fewer pages leaves none of the earlier ones behind.
    report.write_article_pages(CORPUS, tmp_path, limit=1)
    assert len(list((tmp_path / "reports" / "articles").glob("*.html"))) == 1



def _analysed(tmp_path):
    from presslens.corpus import load_corpus
    from presslens.pipeline import write_analysis

    write_analysis(load_corpus(CORPUS), tmp_path, jobs=1, progress=False)
    return tmp_path / "data" / "processed"


def test_article_pages_show_the_run_tables_and_analyse_nothing_again(tmp_path, monkeypatch):
    import os

    import pandas as pd

    from presslens import pipeline
    from presslens.io import save_table

    folder = _analysed(tmp_path)
    quotes = pipeline.load_tables(tmp_path, ["quotes"])["quotes"]
    assert len(quotes) >= 2  # Ada Quill's and Ivo Brant's
    monkeypatch.setattr(pipeline, "analyse", lambda *a, **k: pytest.fail("the pages analysed the articles again"))
    # A notebook that wrote its own quotes after the analysis (03 with speech_acts or kinds) is what the pages show.
    save_table(quotes[quotes["speaker"].fillna("").str.contains("Brant")], "quotes", tmp_path)
    later = (folder / "quotes" / "part-00000.parquet").stat().st_mtime + 5
    os.utime(folder / "quotes.parquet", (later, later))
    shutil.rmtree(folder / "timexes")
    summary = report.write_article_pages(CORPUS, tmp_path, tables=tmp_path)
    counts = {p["doc_id"]: p for p in summary["pages"]}
    assert summary["source"] == "run tables" and summary["missing"] == ["timexes"]
    assert sum(p["quotes"] for p in counts.values()) == 1 and sum(p["mentions"] for p in counts.values()) > 0
    page = next((tmp_path / "reports" / "articles").glob("ferry*.html")).read_text(encoding="utf-8")
    assert "the run wrote no timexes table" in page
    assert isinstance(pd.read_parquet(folder / "quotes.parquet"), pd.DataFrame)


def test_article_pages_show_the_rows_of_the_tone_and_portrayal_figures_the_article_adds_to(tmp_path):
    # An entity's portrayal is the mean of each article's stance towards it, which weighs all its mentions, the
    # headline and the lead: a page showed only each mention's mark, so the figure's rows were nowhere in place.
    from presslens import pipeline
    from presslens.io import save_table
    from presslens.sentiment import article_tone, entity_sentiment, mention_tone, score_sentences

    _analysed(tmp_path)
    run = pipeline.load_tables(tmp_path, ["articles", "sentences", "mentions"])
    tone = article_tone(score_sentences(run["sentences"]))
    stance = entity_sentiment(run["articles"], tones=mention_tone(run["articles"], run["mentions"], run["sentences"]))
    save_table(tone, "article_tone", tmp_path)
    save_table(stance, "entity_sentiment", tmp_path)
    report.write_article_pages(CORPUS, tmp_path, tables=tmp_path)
    ferry = run["articles"].loc[run["articles"]["doc_id"].str.startswith("ferry"), "doc_id"].iat[0]
    page = next((tmp_path / "reports" / "articles").glob("ferry*.html")).read_text(encoding="utf-8")
    row = tone[tone["doc_id"] == ferry].iloc[0]
    assert f"article tone {row['tone']:+.3f} ({row['tone_label']}), word-weighted over its {row['sentences']}" in page
    stances = stance[stance["doc_id"] == ferry]
    assert len(stances)
    for r in stances.itertuples():
        assert f"{html.escape(r.entity)} {r.portrayal:+.2f} ({r.portrayal_label}, {r.mentions} mention(s))" in page
    # Without notebook 02's tables (a run of --notebooks 03) the pages say nothing of them.
    for name in ("article_tone", "entity_sentiment"):
        for path in (tmp_path / "data" / "processed").glob(f"{name}.*"):
            path.unlink()
    report.write_article_pages(CORPUS, tmp_path, tables=tmp_path)
    assert "article tone" not in next((tmp_path / "reports" / "articles").glob("ferry*.html")).read_text("utf-8")


def test_article_pages_stop_when_asked(tmp_path):
    import threading

    _analysed(tmp_path)
    stop = threading.Event()
    stop.set()
    summary = report.write_article_pages(CORPUS, tmp_path, tables=tmp_path, stop=stop)
    assert summary["written"] == 0 and not list((tmp_path / "reports" / "articles").glob("*.html"))


def test_article_pages_print_no_progress_bar(tmp_path, capfd):
    # presslens run --no-progress printed the analysis bar of the pages' articles after the notebooks.
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(40):
        (corpus / f"pier-{i}.txt").write_text(f"Umberton pier {i} reopens\n\nThe Umberton pier number {i} reopened "
                                              "on Monday, the fictional port's mayor Ilse Varro said.\n")
    assert report.write_article_pages(corpus, tmp_path / "out", limit=40)["written"] == 40
    assert "presslens.analyse" not in capfd.readouterr().err

@pytest.mark.parametrize("doc_id", ["../../etc/passwd", "a/b\\c:d", "..", "名前 with spaces"])
def test_page_names_never_leave_the_folder(doc_id):
    name = report._safe_name(doc_id)
    assert "/" not in name and "\\" not in name and not name.startswith(".") and name.endswith(".html")


def test_exported_notebooks_keep_interactive_tables_as_plain_tables():
    import pandas as pd
    from itables import to_html_datatable

    html = to_html_datatable(pd.DataFrame({"speaker": ["Ada Quill"], "quotes": [2]}), connected=False)
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("t", outputs=[nbformat.v4.new_output(
        "display_data", data={"text/html": html, "text/plain": "t"})])]
    shown = report.static_tables(nb).cells[0].outputs[0]["data"]["text/html"]
    assert "<script" not in shown and "<td" in shown and "Ada Quill" in shown


def test_exported_notebooks_keep_no_itables_loader_or_trust_message():
    # Without its scripts, the export kept itables' <noscript> texts ("you should not see this message - is your
    # notebook trusted?", a lock on each header), its hidden "Loading ITables" table and the logo: words about a
    # widget that is not there, read out by screen readers and text tools, and seen with JavaScript off.
    import pandas as pd
    from itables import options, to_html_datatable
    from itables.javascript import generate_init_offline_itables_html

    table = to_html_datatable(pd.DataFrame({"speaker": ["Ada Quill"], "quotes": [2]}), connected=False)
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("t", outputs=[nbformat.v4.new_output(
        "display_data", data={"text/html": generate_init_offline_itables_html(options.dt_bundle) + table,
                              "text/plain": "t"})])]
    shown = report.static_tables(nb).cells[0].outputs[0]["data"]["text/html"]
    for leftover in ("noscript", "trusted", "Loading ITables", "itables.org", "<svg", "hidden", "\N{LOCK}",
                     "\N{CIRCLED LATIN SMALL LETTER I}"):
        assert leftover not in shown, leftover
    assert re.search(r"<th[^>]*>speaker</th>", shown) and "Ada Quill" in shown


def test_article_pages_read_the_corpus_as_the_notebooks_do(tmp_path):
    # A record file whose text column has another name, and a date that only fills in missing ones.
    stories = Path(__file__).parent / "fixtures" / "runner" / "stories.csv"
    summary = report.write_article_pages(stories, tmp_path, limit=5, fields="text=story_text",
                                         publication_date="2031-01-01")
    assert summary["articles"] >= 1 and summary["written"] == min(5, summary["articles"])
    page = next((tmp_path / "reports" / "articles").glob("*.html")).read_text(encoding="utf-8")
    assert "pl-article" in page
    # Without the mapping the records hold no text, so there is nothing to render.
    assert report.write_article_pages(stories, tmp_path / "other", limit=5)["written"] == 0


def test_index_says_what_each_headline_number_is_beside_its_key(tmp_path):
    # The index listed bare keys ("entity_action_ci", "tone_by_date_period", "mean_sentence_tone"): a reader could not
    # tell what a number is, how it was computed or over what its interval runs without reading the notebook's code.
    reports = tmp_path / "reports"
    (reports / "results").mkdir(parents=True)
    for name in ("02_sentiment", "05_validation"):
        nbformat.write(nbformat.v4.new_notebook(), reports / f"{name}.ipynb")
    (reports / "results" / "02_sentiment.json").write_text(json.dumps({
        "entity_action_ci": {"Ada Quill": {"mean": 0.1, "low": -0.1, "high": 0.3}}, "mean_sentence_tone": 0.05,
        "a_key_of_a_notebook_of_ones_own": 3}))
    (reports / "results" / "05_validation.json").write_text(json.dumps({
        "quotes_precision_speaker": 0.8, "quotes_precision_speaker_interval": [0.7, 0.9]}))
    from markupsafe import escape

    page = report.write_index(tmp_path).read_text(encoding="utf-8")
    meaning = report.headline_meanings()

    def shown(key: str, what: str) -> bool:
        return f'<th>{key}<br><span class="what">{escape(what)}</span></th>' in page

    assert shown("entity_action_ci", meaning[("02_sentiment", "entity_action_ci")])
    assert "95% interval over the articles naming it" in meaning[("02_sentiment", "entity_action_ci")]
    assert shown("mean_sentence_tone", meaning[("02_sentiment", "mean_sentence_tone")])
    assert shown("quotes_precision_speaker_interval", report.headline_meaning("05_validation", "x_interval"))
    assert "Wilson" in report.headline_meaning("05_validation", "quotes_precision_speaker_interval")
    assert re.search(r"<th>a_key_of_a_notebook_of_ones_own</th>", page)  # a key presslens does not know: bare


def test_each_headline_description_stands_on_its_own():
    # The index sorts the keys: "the same per outlet" under source_shares_by_outlet_ci stood above the line it meant.
    for (notebook, key), what in report.headline_meanings().items():
        assert not re.match(r"(the same|of those|that |its )", what), (notebook, key, what)


def test_every_headline_number_the_packaged_notebooks_record_is_described():
    import ast
    from importlib import resources

    missing = []
    for path in sorted(resources.files("presslens").joinpath("notebooks").iterdir()):
        if not path.name.endswith(".ipynb"):
            continue
        name = path.name.removesuffix(".ipynb")
        for cell in nbformat.reads(path.read_text("utf-8"), as_version=4).cells:
            if cell.cell_type != "code" or "record_results" not in cell.source:
                continue
            tree = ast.parse("\n".join(line for line in cell.source.splitlines() if not line.startswith("%")))
            dicts = {t.id: node.value for node in ast.walk(tree) if isinstance(node, ast.Assign)
                     and isinstance(node.value, ast.Dict) for t in node.targets if isinstance(t, ast.Name)}
            for call in ast.walk(tree):
                if isinstance(call, ast.Call) and getattr(call.func, "id", None) == "record_results":
                    arg = call.args[1]
                    arg = dicts.get(arg.id) if isinstance(arg, ast.Name) else arg
                    for key in arg.keys if isinstance(arg, ast.Dict) else ():
                        if isinstance(key, ast.Constant) and report.headline_meaning(name, key.value) is None:
                            missing.append((name, key.value))
    assert not missing


def test_index_leads_from_each_entitys_portrayal_to_the_article_pages_that_make_it(tmp_path):
    # An entity's portrayal (+0.134 over 9 articles) is the mean of each article's stance towards it, but nothing led
    # from the entity's row to those articles: one had to open every page to find them.
    import pandas as pd

    from presslens.io import save_table

    reports = tmp_path / "reports"
    (reports / "results").mkdir(parents=True)
    (reports / "articles").mkdir()
    nbformat.write(nbformat.v4.new_notebook(), reports / "02_sentiment.ipynb")
    (reports / "results" / "02_sentiment.json").write_text(json.dumps({
        "entity_portrayal": {"Ada <Quill>": {"articles": 3, "portrayal": 0.2, "portrayal_label": "positive"}},
        "entity_portrayal_ci": {"Ada <Quill>": {"mean": 0.2, "low": None, "high": None}}}))
    pages = [{"doc_id": d, "title": f"Quill at the {d} pier", "file": report._safe_name(d), "quotes": 0,
              "timexes": 0, "mentions": 1} for d in ("wend/1", "wend/2")]
    (reports / "articles" / "index.json").write_text(json.dumps({"articles": 3, "written": 2, "pages": pages}))
    save_table(pd.DataFrame({"entity": ["Ada <Quill>"] * 3 + ["Ivo Brant"], "doc_id": ["wend/1", "wend/2", "wend/3",
                                                                                        "wend/1"],
                             "mentions": [2, 1, 1, 1], "portrayal": [0.6, 0.0, 0.0, -0.3],
                             "portrayal_label": ["positive", "neutral", "neutral", "negative"]}),
               "entity_sentiment", tmp_path)
    page = report.write_index(tmp_path).read_text(encoding="utf-8")
    anchor = report._entity_anchor("Ada <Quill>")
    # The entity's rows in the headline tables link to its articles, which are listed with their stances.
    assert page.count(f'<a href="#{anchor}">Ada &lt;Quill&gt;</a>') == 2
    section = page[page.index(f'id="{anchor}"'):]
    section = section[:section.index("</tr>")]
    first, second = (f'<a href="articles/{p["file"]}">Quill at the {p["doc_id"]} pier</a>' for p in pages)
    assert f"{first} +0.60 (positive, 2 mention(s))" in section and f"{second} +0.00 (neutral, 1 mention(s))" in section
    assert "<code>wend/3</code> +0.00 (neutral, 1 mention(s))" in section  # no page drawn for it: named, not linked
    assert "Ivo Brant" not in page  # not an entity notebook 02 showed


def test_article_pages_list_each_sentence_with_the_tone_and_words_the_article_tone_weighs(tmp_path):
    # An article's tone is the word-weighted mean of its sentences' tones, but no page showed a sentence's tone:
    # which sentences made "article tone -0.219" was seen only in a notebook table, out of the article.
    from presslens import pipeline
    from presslens.io import save_table
    from presslens.sentiment import article_tone, score_sentences

    _analysed(tmp_path)
    run = pipeline.load_tables(tmp_path, ["sentences"])
    scored = score_sentences(run["sentences"])
    save_table(scored, "sentence_tone", tmp_path)
    save_table(article_tone(scored), "article_tone", tmp_path)
    report.write_article_pages(CORPUS, tmp_path, tables=tmp_path)
    page = next((tmp_path / "reports" / "articles").glob("ferry*.html")).read_text(encoding="utf-8")
    mine = scored[scored["doc_id"].str.startswith("ferry")]
    assert len(mine) >= 2 and f"its {len(mine)} sentences, the tone of each and the words it weighs" in page
    total = 0.0
    for r in mine.itertuples():
        words = max(len(r.text.split()), 1)
        total += r.compound * words
        label = "negative" if r.compound < -0.05 else "positive" if r.compound > 0.05 else "neutral"
        tone = re.escape(f"{r.compound:+.3f}")
        assert re.search(rf"<tr><td[^>]*>{r.sent_id + 1}</td><td[^>]*>{tone}</td><td>{label}</td>"
                         rf"<td[^>]*>{words}</td><td>{re.escape(html.escape(r.text[:40]))}", page)
    # their word-weighted mean is the article tone the page states
    words = sum(max(len(t.split()), 1) for t in mine["text"])
    assert f"article tone {total / words:+.3f}" in page


def test_installed_package_report_links_the_readme_section_it_carries(tmp_path):
    # An installed package has no README beside it: the index's "How well it works" led nowhere. Its
    # metadata carries the README, so the section is written beside the index and linked. A fictional README stands
    # for the metadata's copy: what an install holds depends on how and when it was made.
    description = ("# Tarnwick\n\n## How well it works (`make eval`)\n\nQuotes: F1 0.5 on the Tarnwick Gazette.\n\n"
                   "### Speed and memory\n\n2 articles a second.\n\n## Layout\n\nsrc/\n")
    link = report._readme(tmp_path, source=tmp_path / "no-README.md", description=description)
    assert link == report.README_PAGE
    page = (tmp_path / link).read_text(encoding="utf-8")
    assert "## How well it works" in page and "Speed and memory" in page and "## Layout" not in page
    assert report._readme(tmp_path, source=tmp_path / "no-README.md", description="# Tarnwick\n") is None
    readme = tmp_path / "README.md"
    readme.write_text("# presslens\n", encoding="utf-8")
    assert report._readme(tmp_path, source=readme) == f"{readme.as_uri()}#{report.README_SECTION}"


def test_article_pages_mark_the_event_word_each_date_anchors(tmp_path):
    # A timeline row is an event word and the date that anchors it, but the pages marked the dates alone: the word
    # that made the row ("opened") was nowhere in place.
    from presslens import pipeline

    _analysed(tmp_path)
    events = pipeline.load_tables(tmp_path, ["events"])["events"]
    opened = events[events["head"] == "opened"].iloc[0]
    summary = report.write_article_pages(CORPUS, tmp_path, tables=tmp_path)
    page = next((tmp_path / "reports" / "articles").glob("bridge*.html")).read_text(encoding="utf-8")
    assert summary["missing"] == []
    assert re.search(rf'<span class="pl-event"[^>]*data-start="{opened.head_start}" data-end="{opened.head_end}"'
                     r'[^>]*>opened</span>', page)
    assert "<b>Events</b>: the word a date anchors" in page  # the key says what the bold word is


def _index_run(tmp_path, results):
    """An output root holding notebooks' headline results (``{notebook: results}``) and two annotated pages,
    wend/1 and wend/2 (wend/3 has none); returns the pages' entries."""
    reports = tmp_path / "reports"
    (reports / "results").mkdir(parents=True)
    (reports / "articles").mkdir()
    for name, values in results.items():
        nbformat.write(nbformat.v4.new_notebook(), reports / f"{name}.ipynb")
        (reports / "results" / f"{name}.json").write_text(json.dumps(values))
    pages = [{"doc_id": d, "title": f"Quill at the {d} pier", "file": report._safe_name(d), "quotes": 1,
              "timexes": 1, "mentions": 1} for d in ("wend/1", "wend/2")]
    (reports / "articles" / "index.json").write_text(json.dumps({"articles": 3, "written": 2, "pages": pages}))
    return pages


def test_index_leads_from_each_speakers_total_to_their_quotes_in_place(tmp_path):
    # A speaker's row (Ada Quill: 3 quotes, tone +0.21) said how many quotes and what mean tone, but not which
    # quotes: one had to search every page for her name and score each quote again.
    import pandas as pd

    from presslens.io import save_table
    from presslens.sentiment import score_many

    contents = ["A wonderful, generous gift to the town.", "The delay is a disgrace.", "We will meet on Monday."]
    pages = _index_run(tmp_path, {"02_sentiment": {"speaker_tone": {"Ada <Quill>": {"quotes": 3, "tone": 0.2}},
                                                   "speaker_tone_ci": {"Ada <Quill>": {"mean": 0.2}}}})
    save_table(pd.DataFrame({"doc_id": ["wend/1", "wend/2", "wend/3", "wend/1"], "quote_id": [4, 0, 2, 1],
                             "kind": ["direct", "direct", "indirect", "direct"], "start": [10, 0, 5, 60],
                             "end": [50, 30, 40, 70],
                             "speaker": ["Ada <Quill>", "Ada <Quill>", "Ada <Quill>", "Ivo Brant"],
                             "content": contents + ["Nothing."]}), "quotes", tmp_path)
    page = report.write_index(tmp_path).read_text(encoding="utf-8")
    anchor = report._speaker_anchor("Ada <Quill>")
    assert page.count(f'<a href="#{anchor}">Ada &lt;Quill&gt;</a>') == 2  # both headline tables link there
    section = page[page.index(f'id="{anchor}"'):]
    section = section[:section.index("</tr>")]
    tones = score_many(contents)
    assert f"{sum(tones) / 3:+.3f} over 3 quote(s) in 3 article(s)" in section
    first = f'<a href="articles/{pages[0]["file"]}#quote-4">Quill at the wend/1 pier</a>'
    assert f"{first} direct {tones[0]:+.2f}" in section and "A wonderful, generous gift to the town." in section
    assert f'<a href="articles/{pages[1]["file"]}#quote-0">' in section
    assert "<code>wend/3</code> indirect" in section  # no page drawn for it: named, not linked
    assert "Ivo Brant" not in page  # not a speaker notebook 02 showed


def test_index_leads_from_each_timeline_row_to_its_event_word_and_date_in_place(tmp_path):
    # The timeline's rows (a date, an event, the articles reporting it) led nowhere: the sentence and the word the
    # date anchors could be found only by opening every article.
    import pandas as pd

    from presslens.io import save_table

    pages = _index_run(tmp_path, {"04_timeline": {"timeline_events": 2}})
    # "The ferry docked and sailed on Tuesday": one date anchoring two words, two rows
    save_table(pd.DataFrame({"doc_id": ["wend/1", "wend/1", "wend/1", "wend/2"], "start": [3, 40, 40, 12],
                             "end": [9, 46, 46, 18], "head": ["met", "docked", "sailed", "sailed"],
                             "head_start": [0, 22, 30, 2]}), "events", tmp_path)
    save_table(pd.DataFrame({"value": ["2031-05-05", "2031-05-06"], "tense": ["past", "future"],
                             "relation": ["on", "on"], "event": ["the board met", "The <ferry> sailed"],
                             "head": ["met", "sailed"], "doc_ids": [["wend/1"], ["wend/1", "wend/2"]],
                             "outlets": [["Wend Post"], ["Wend Post", "Quill Times"]], "n_articles": [1, 2],
                             "starts": [[3], [40, 12]], "ends": [[9], [46, 18]]}), "timeline", tmp_path)
    page = report.write_index(tmp_path).read_text(encoding="utf-8")
    section = page[page.index('id="timeline"'):]
    section = section[:section.index("</table>")]
    first, second = (f'articles/{p["file"]}' for p in pages)
    assert f'<a href="{first}#event-0">Quill at the wend/1 pier</a> (Wend Post)' in section
    # the row's word of wend/1 (its third event), not the other word its date anchors: the anchor follows the
    # date's offsets and the row's word
    assert f'<a href="{first}#event-2">Quill at the wend/1 pier</a> (Wend Post)' in section
    assert f'<a href="{second}#event-2">' not in section and f'<a href="{second}#event-0">' in section
    assert "The &lt;ferry&gt; sailed" in section and "2031-05-06" in section


def test_index_shows_each_measured_figure_beside_the_numbers_it_qualifies_with_what_it_means(tmp_path, monkeypatch):
    # The timeline's and the tone's measured figures (value F1, rows right, Pearson r) stood in one table at the
    # end, apart from the numbers they qualify, and said nothing of what they mean for them.
    measured = {"presslens": report.presslens_version(), "commit": "abc", "date": "2031-05-04 10:00 UTC",
                "interval": "percentile bootstrap",
                "figures": [{"key": "timeline.events.precision", "figure": "events a date anchors: rows right",
                             "value": 0.7342, "interval": [0.7092, 0.7579], "data": "Tessary annotations"},
                            {"key": "quotes.all_f1", "figure": "quotes, all: content F1", "value": 0.73,
                             "interval": [0.72, 0.74], "data": "Quellmoor annotations"}]}
    monkeypatch.setattr(report.datafiles, "data_json", lambda name: measured)
    _index_run(tmp_path, {"03_quotes": {"quotes": 25}, "04_timeline": {"timeline_events": 18}})
    page = report.write_index(tmp_path).read_text(encoding="utf-8")
    quotes, timeline = page.index("<h3>03_quotes"), page.index("<h3>04_timeline")
    section = page[timeline:page.index("<h2>Validation")]
    assert "How far these figures hold" in section and "events a date anchors: rows right" in section
    assert "0.734" in section and "[0.709–0.758]" in section and "Tessary annotations" in section
    meaning = report.measured_meanings()["timeline.events.precision"]
    assert meaning["what"] in html.unescape(section) and "timeline_events" in section
    assert "quotes, all: content F1" in page[quotes:timeline] and "quotes, all" not in section


def test_every_measured_figure_says_what_it_means_for_a_headline_number_a_notebook_records():
    from presslens import datafiles

    keys = {f["key"] for f in datafiles.data_json(report.MEASURED_FILE)["figures"]}
    meanings = report.measured_meanings()
    assert keys <= set(meanings)
    for key, meaning in meanings.items():
        assert meaning["qualifies"] and all(report.headline_meaning(meaning["notebook"], k)
                                            for k in meaning["qualifies"]), key


def test_a_speakers_quotes_are_those_of_notebook_02s_figure_linked_to_their_marks_only_where_the_pages_show_them(
        tmp_path):
    # Notebook 02 scores the analysis's quotes; notebook 03 run with speech_acts writes its own quotes table later,
    # which the pages then show, numbered otherwise: a link to quote-0 would open another quote.
    import os

    import pandas as pd

    from presslens.io import save_table

    _index_run(tmp_path, {"02_sentiment": {"speaker_tone": {"Ada Quill": {"quotes": 1, "tone": 0.0}}}})
    parts = tmp_path / "data" / "processed" / "quotes"
    parts.mkdir(parents=True)
    analysed = pd.DataFrame({"doc_id": ["wend/1"], "quote_id": [0], "kind": ["direct"], "start": [10], "end": [36],
                             "speaker": ["Ada Quill"], "content": ["The pier opens on Monday."]})
    analysed.to_parquet(parts / "part-00000.parquet")
    def section(page):
        return page[page.index('id="speaker-'):page.index("</table>", page.index('id="speaker-'))]

    assert '#quote-0">' in section(report.write_index(tmp_path).read_text(encoding="utf-8"))
    later = (parts / "part-00000.parquet").stat().st_mtime + 5
    # notebook 03 as a default run runs it: its own table, later, the same quotes
    save_table(analysed, "quotes", tmp_path)
    os.utime(tmp_path / "data" / "processed" / "quotes.parquet", (later, later))
    assert '#quote-0">' in section(report.write_index(tmp_path).read_text(encoding="utf-8"))
    save_table(pd.concat([analysed.assign(quote_id=1), analysed.assign(content="criticised the pier", quote_id=0,
                                                                       start=40, end=59)]), "quotes", tmp_path)
    os.utime(tmp_path / "data" / "processed" / "quotes.parquet", (later, later))
    shown = section(report.write_index(tmp_path).read_text(encoding="utf-8"))
    assert "over 1 quote(s)" in shown and "criticised" not in shown  # the figure's quotes, not notebook 03's
    assert "#quote-" not in shown and 'href="articles/' in shown  # the page, not a mark that is another quote


def test_the_measured_figures_note_says_when_with_what_and_how_their_intervals_were_made(monkeypatch):
    measured = {"presslens": "0.0.9", "commit": "abcdef0123456", "date": "2031-05-04 10:00 UTC",
                "interval": "percentile bootstrap, 2,000 resamples", "figures": []}
    monkeypatch.setattr(report.datafiles, "data_json", lambda name: measured)
    note = report.measured_note()
    assert "2031-05-04 10:00 UTC" in note and "0.0.9 (commit abcdef0123)" in note
    assert "95% intervals: percentile bootstrap, 2,000 resamples" in note and "not on this corpus" in note
    assert "may have moved" in note  # measured with another version than the one installed
    monkeypatch.setattr(report.datafiles, "data_json", lambda name: None)
    assert "no measured figures" in report.measured_note()


def test_index_leads_from_each_outlets_and_periods_tone_to_the_articles_that_make_it(tmp_path):
    # An outlet's tone (+0.166 over 3 articles) and a week's were the word-weighted mean of their articles' tones,
    # but nothing led from the row or its chart to those articles: which of them made the mean was nowhere.
    import pandas as pd

    from presslens.io import save_table

    # min_size 2: most days hold fewer articles, most weeks not, so notebook 02 grouped the articles by week
    pages = _index_run(tmp_path, {"02_sentiment": {
        "min_size": 2, "tone_by_outlet_ci": {"Wend Post": {"mean": 0.1}, "(no outlet)": {"mean": 0.0}},
        "tone_by_date_ci": {"2031-05-05 week": {"mean": 0.1}, "2031-05-12 week": {"mean": 0.0}}}})
    save_table(pd.DataFrame({"doc_id": ["wend/1", "wend/2", "wend/3"], "words": [30, 10, 20],
                             "tone": [0.5, -0.2, 0.0], "tone_label": ["positive", "negative", "neutral"],
                             "outlet": ["Wend Post", "Wend Post", None],
                             "published": pd.to_datetime(["2031-05-05", "2031-05-07", "2031-05-13"])}),
               "article_tone", tmp_path)
    (tmp_path / "reports" / "figures").mkdir()
    for name in ("tone_by_outlet_ci", "tone_by_date_ci"):
        (tmp_path / "reports" / "figures" / f"{name}.png").write_bytes(b"")
    page = report.write_index(tmp_path).read_text(encoding="utf-8")
    outlet, week = report._group_anchor("outlet", "Wend Post"), report._group_anchor("period", "2031-05-05 week")
    assert f'<a href="#{outlet}">Wend Post</a>' in page and f'<a href="#{week}">2031-05-05 week</a>' in page
    section = page[page.index(f'id="{outlet}"'):]
    section = section[:section.index("</tr>")]
    assert f"{(0.5 * 30 - 0.2 * 10) / 40:+.3f} over 2 article(s), 40 words" in section  # the word-weighted mean
    first, second = (f'<a href="articles/{p["file"]}">Quill at the {p["doc_id"]} pier</a>' for p in pages)
    assert f"{first} (Wend Post, 2031-05-05) +0.500 (positive, 30 words)" in section
    assert section.index(first) < section.index(second) and "wend/3" not in section
    section = page[page.index(f'id="{report._group_anchor("outlet", "(no outlet)")}"'):]
    assert "<code>wend/3</code> ((no outlet), 2031-05-13) +0.000 (neutral, 20 words)" in section[:section.index("</tr>")]
    section = page[page.index(f'id="{week}"'):]
    assert "+0.325 over 2 article(s)" in section[:section.index("</tr>")]
    assert '<a href="#tone-outlets">' in page and '<a href="#tone-periods">' in page  # the charts lead there too


def test_index_leads_from_each_kind_of_sources_count_to_its_quotes_in_place(tmp_path):
    # source_shares_ci (named person 18, organisation 3, unnamed 4) led to no quote: which quotes an unnamed
    # source's share was made of could be found only by opening every page.
    import pandas as pd

    from presslens.io import save_table

    pages = _index_run(tmp_path, {"03_quotes": {
        "source_shares_ci": {"unnamed source": {"n": 2, "share": 0.5}, "named person": {"n": 1, "share": 0.25},
                             "unresolved": {"n": 1, "share": 0.25}},
        "source_shares_by_outlet_ci": {"Wend Post · unnamed source": {"n": 1}}}})
    save_table(pd.DataFrame({"doc_id": ["wend/2", "wend/1", "wend/3", "wend/1"], "quote_id": [0, 3, 1, 0],
                             "kind": ["indirect", "direct", "direct", "direct"], "start": [5, 50, 5, 10],
                             "end": [30, 80, 40, 40], "speaker": ["officials", "Ada Quill", "a <source>", None],
                             "speaker_kind": ["unnamed source", "named person", "unnamed source", None],
                             "outlet": ["Wend Post", "Wend Post", "Quill Times", "Wend Post"],
                             "content": ["the pier would close", "We open Monday.", "It is over.", "Who knows?"]}),
               "quotes", tmp_path)
    page = report.write_index(tmp_path).read_text(encoding="utf-8")
    anchor = report._group_anchor("source", "unnamed source")
    assert page.count(f'<a href="#{anchor}">') == 2  # the overall share and the outlet's
    section = page[page.index(f'id="{anchor}"'):]
    section = section[:section.index("</tr>")]
    assert "2 of 4 (0.500):\nQuill Times 1, Wend Post 1" in section
    assert (f'<a href="articles/{pages[1]["file"]}#quote-0">Quill at the wend/2 pier</a> (Wend Post) officials, '
            "indirect: “the pier would close”") in section
    assert "<code>wend/3</code> (Quill Times) a &lt;source&gt;, direct" in section and "Ada Quill" not in section
    section = page[page.index(f'id="{report._group_anchor("source", "unresolved")}"'):]
    assert "#quote-0\">Quill at the wend/1 pier</a> (Wend Post) no speaker found, direct: “Who knows?”" in section


def test_index_says_where_a_joint_speakers_quotes_are_counted_once_and_where_once_for_each_member(tmp_path):
    # Notebook 02's speaker tone counts "Ada Quill and Ivo Brant said" once under the pair; notebook 03's speakers
    # table and chart once for each member: side by side in the index, the counts disagreed without a word of why.
    import pandas as pd

    from presslens.io import save_table

    _index_run(tmp_path, {"02_sentiment": {"speaker_tone": {"Ada Quill and Ivo Brant": {"quotes": 1, "tone": 0.0},
                                                            "Ada Quill": {"quotes": 1, "tone": 0.0}}}})
    save_table(pd.DataFrame({"doc_id": ["wend/1", "wend/2"], "quote_id": [0, 0], "kind": ["direct", "direct"],
                             "start": [10, 10], "end": [36, 36], "speaker": ["Ada Quill and Ivo Brant", "Ada Quill"],
                             "speaker_members": [["Ada Quill", "Ivo Brant"], None],
                             "content": ["The pier opens on Monday.", "Fine."]}), "quotes", tmp_path)
    page = report.write_index(tmp_path).read_text(encoding="utf-8")
    section = page[page.index(f'id="{report._speaker_anchor("Ada Quill and Ivo Brant")}"'):]
    assert "counts these quotes once for each of Ada Quill, Ivo Brant" in section[:section.index("</tr>")]
    section = page[page.index(f'id="{report._speaker_anchor("Ada Quill")}"'):]
    assert "joint" not in section[:section.index("</tr>")]
    assert "count a joint speaker's quote once for each member instead" in page
