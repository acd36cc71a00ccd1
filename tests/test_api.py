"""The public surface: top-level names, submodule imports, and the README's example."""

import re

import pandas as pd
import pytest

import presslens
from conftest import FIXTURES, ROOT


def _stages(tmp_path, **override) -> dict:
    """The public functions taking an articles table, by name, as the tests of their input checks call them
    (write_analysis into ``tmp_path``/out); ``override`` replaces some."""
    from presslens.entities import find_mentions
    from presslens.pipeline import write_analysis

    calls = {"split_sentences": presslens.split_sentences, "extract_quotes": presslens.extract_quotes,
             "extract_timexes": presslens.extract_timexes, "analyse": presslens.analyse,
             "find_mentions": find_mentions, "extract_events": presslens.extract_events,
             "write_analysis": lambda a: write_analysis(a, tmp_path / "out"),
             "entity_sentiment": presslens.entity_sentiment}
    return calls | override


def test_every_top_level_name_resolves_to_a_documented_function():
    for name in presslens.__all__:
        value = getattr(presslens, name)
        assert callable(value) and value.__doc__, name
    with pytest.raises(AttributeError):
        presslens.no_such_function  # noqa: B018


def test_submodules_import_for_reuse():
    from presslens import corpus, entities, quotes, sentiment, text, timeline  # noqa: F401

    for module in (corpus, entities, quotes, sentiment, text, timeline):
        assert module.__all__ and module.__doc__


def test_missing_group_names_are_one_wherever_imported():
    # the analyses read them from presslens.missing; the corpus package keeps its old names for notebooks
    from presslens import missing
    from presslens.corpus import NO_OUTLET
    from presslens.corpus.load import missing_key

    assert NO_OUTLET is missing.NO_OUTLET and missing_key is missing.missing_key


def test_readme_example_runs_on_a_users_csv(monkeypatch):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Use in your own analysis", 1)[1]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    monkeypatch.chdir(FIXTURES / "api")
    scope: dict = {}
    exec(compile(code, "README.md", "exec"), scope)
    quotes, timexes, tone = scope["quotes"], scope["timexes"], scope["tone"]
    assert scope["articles"]["outlet"].tolist() == ["Umberton Post", "Umberton Gazette"]
    said = quotes[quotes["kind"] == "direct"].iloc[0]
    assert said["speaker"] == "Alda Voss" and said["cue"] == "said"
    assert "2031-03-03" in timexes["value"].tolist()  # "on Monday" before Wednesday 5 March
    assert len(tone) == 4 and tone["compound"].between(-1, 1).all()


@pytest.mark.parametrize("name", ["split_sentences", "extract_quotes", "extract_timexes", "analyse", "find_mentions",
                                  "extract_events", "write_analysis"])
def test_an_articles_table_without_its_columns_gets_one_readable_error(name, tmp_path):
    # A user's own table, its columns named as their database names them.
    calls = _stages(tmp_path, extract_events=lambda a: presslens.extract_events(a, None))
    own = presslens.load_corpus(FIXTURES / "api", publication_date="2031-03-05").rename(columns={"text": "body"})
    with pytest.raises(ValueError, match=rf"^{name}: the articles table has no column text \(it has: doc_id, .*\)"
                                         r"\. Every article needs a doc_id and its text: .*rename"):
        calls[name](own)
    with pytest.raises(TypeError, match=rf"^{name}: articles must be a pandas DataFrame .* not list"):
        calls[name](["Mayor Alda Voss said on Monday the bridge opens."])
    assert not (tmp_path / "out").exists()


def test_a_newsroom_export_without_the_columns_is_told_the_renames_in_its_own_names():
    # A CMS export's names: renaming only body and the id left headline, pub_date and site unread without a
    # word (no dates for "on Monday", no outlets); the error now names every rename load_corpus would make.
    cms = pd.DataFrame({"headline": ["Umberton ferry resumes"], "body": ["Mayor Alda Voss said on Monday it runs."],
                        "pub_date": ["12/03/2031 14:05"], "site": ["Umberton Post"], "author": ["Ines Rowe"]})
    with pytest.raises(ValueError, match=re.escape("df = df.rename(columns={'body': 'text', 'headline': 'title', "
                                                   "'pub_date': 'published', 'site': 'outlet'}); "
                                                   "df['doc_id'] = range(len(df))")):
        presslens.split_sentences(cms)


@pytest.mark.parametrize("name", ["split_sentences", "extract_quotes", "extract_timexes", "analyse", "find_mentions",
                                  "extract_events", "write_analysis", "entity_sentiment"])
def test_articles_sharing_or_missing_a_doc_id_get_one_readable_error(name, tmp_path):
    # Two articles under one id had their sentences, mentions and quotes mixed (offsets of one
    # text read in the other: a quote's content cut short, each person counted in both); an
    # article without an id was dropped by the grouping. Every result refers to articles by id.
    calls = _stages(tmp_path)
    own = presslens.load_corpus(FIXTURES / "api", publication_date="2031-03-05")
    assert own["doc_id"].is_unique and len(own) == 2
    twins = own.assign(doc_id="umberton")
    with pytest.raises(ValueError, match=rf"^{name}: 2 articles share the doc_id 'umberton'\. Every article needs "
                                         r"its own doc_id.*drop_duplicates\('doc_id'\)"):
        calls[name](twins)
    unnamed = own.assign(doc_id=[own["doc_id"].iloc[0], None])
    with pytest.raises(ValueError, match=rf"^{name}: 1 article has no doc_id \(row 1\)"):
        calls[name](unnamed)
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("name", ["split_sentences", "extract_quotes", "extract_timexes", "analyse", "find_mentions",
                                  "extract_events", "write_analysis", "entity_sentiment"])
def test_an_article_whose_text_is_bytes_or_a_number_gets_one_readable_error(name, tmp_path):
    # Texts fetched from a database as bytes, or a column of numbers taken for the text: every
    # stage read them as empty and gave those articles nothing, without a word.
    calls = _stages(tmp_path)
    own = presslens.load_corpus(FIXTURES / "api", publication_date="2031-03-05")
    fetched = own.assign(text=[t.encode("utf-8") for t in own["text"]])
    with pytest.raises(TypeError, match=rf"^{name}: the text of 2 articles is bytes, not a string \(row 0, 1\)\. "
                                        r"Decode bytes first .*presslens\.corpus\.decode"):
        calls[name](fetched)
    with pytest.raises(TypeError, match=rf"^{name}: the text of 1 article is int, not a string \(row 1\)"):
        calls[name](own.assign(text=[own["text"].iloc[0], 20310305]))
    calls[name](own.assign(text=[own["text"].iloc[0], None]))  # a missing text is no article, as before
    assert not (tmp_path / "out").exists() or name == "write_analysis"


def test_the_package_data_files_are_read_in_one_place():
    # Word lists and tables under data/ are read by presslens.datafiles alone (blank lines and "#" comments left out,
    # cells stripped): ten modules each had a copy of the reader, one of them reading comments differently.
    from presslens.datafiles import data_lines, data_rows

    src = ROOT / "src" / "presslens"
    readers = sorted(p.relative_to(src).as_posix() for p in src.rglob("*.py")
                     if 'startswith("#")' in p.read_text(encoding="utf-8"))
    assert readers == ["datafiles.py"]
    assert data_lines("timeline_weekdays.txt")[0] == "Monday Mon"
    assert all(len(row) == 2 and row == [c.strip() for c in row] for row in data_rows("corpus_nexis_cover.tsv"))


def test_data_words_is_the_lower_cased_set_of_a_lists_lines():
    from presslens.datafiles import data_lines, data_words

    assert data_words("timeline_weekdays.txt") == frozenset(w.lower() for w in data_lines("timeline_weekdays.txt"))
    assert "monday mon" in data_words("timeline_weekdays.txt")
    assert data_words("timeline_weekdays.txt") is data_words("timeline_weekdays.txt")  # read once
