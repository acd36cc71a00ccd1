"""Studies of one's own: ``presslens init``, ``presslens lab``, a study's corpus as the notebooks read it,
and how ``project_root``/``resolve_path`` find a study."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from pathlib import Path

import nbformat
import pandas as pd
import pytest

from presslens import io, run, study

tomllib = pytest.importorskip("tomllib")  # in the standard library from Python 3.11

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "runner"
PACKAGED = sorted(p.name for p in io.packaged_notebooks().glob("[0-9][0-9]_*.ipynb"))


def test_init_makes_the_house_layout_and_says_how_to_run_it(tmp_path, capsys):
    assert run.main(["init", str(tmp_path / "my study"), "--corpus", str(FIXTURES / "stories.csv")]) == 0
    root = tmp_path / "my study"
    said = capsys.readouterr().err
    assert 'presslens run "' in said and "presslens lab" in said and "1 file(s) in data/raw" in said
    assert (root / "data" / "raw" / "stories.csv").read_bytes() == (FIXTURES / "stories.csv").read_bytes()
    assert "Put the articles to analyse here" in (root / "data" / "raw" / "README.md").read_text()
    assert (root / "data" / "processed").is_dir() and (root / "reports").is_dir()
    assert sorted(p.name for p in (root / "notebooks").glob("*.ipynb")) == PACKAGED and len(PACKAGED) >= 4
    toml = tomllib.loads((root / "presslens.toml").read_text())
    assert toml["study"]["presslens"] == __import__("presslens").__version__
    assert toml["study"]["corpus_source"] == str(FIXTURES / "stories.csv")
    assert toml["defaults"]["01_corpus"]["corpus"] == "data/raw"
    assert toml["defaults"]["02_sentiment"]["top_entities"] == 30
    # The README describes data/raw; it is not read as an article.
    assert len(study.open_corpus(root / "data" / "raw", fields="text=story_text")) == 1


def test_data_raw_readme_shows_a_sidecar_that_load_corpus_applies(tmp_path):
    # A newcomer writes the sidecar the README in data/raw describes; its outlet and date must reach the article.
    example = [line.strip() for line in study.RAW_README.splitlines() if line.startswith("    ")]
    assert example and example[0].startswith("file,")
    (tmp_path / "metadata.csv").write_text("\n".join(example) + "\n", encoding="utf-8")
    (tmp_path / "story-1.txt").write_text("Tide gauge mended\n\nThe fictional gauge was mended.\n", encoding="utf-8")
    article = study.open_corpus(tmp_path).iloc[0]
    assert article["outlet"] == "The Brackwater Herald" and article["published"] == pd.Timestamp("2031-02-04")


def test_init_refuses_to_overwrite_unless_forced(tmp_path, capsys):
    root = tmp_path / "study"
    assert run.main(["init", str(root)]) == 0
    (root / "data" / "raw" / "mine.txt").write_text("My own fictional article about Lowmere.")
    edited = root / "notebooks" / PACKAGED[0]
    edited.write_text("{}")
    assert run.main(["init", str(root)]) == 2
    assert "already a presslens study; nothing changed" in capsys.readouterr().err
    assert edited.read_text() == "{}"
    other = tmp_path / "busy"
    other.mkdir()
    (other / "thesis.tex").write_text("x")
    assert run.main(["init", str(other)]) == 2 and not (other / "presslens.toml").exists()
    assert "not empty" in capsys.readouterr().err
    assert run.main(["init", str(root), "--force"]) == 0
    assert edited.read_text() != "{}" and (root / "data" / "raw" / "mine.txt").is_file()
    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    assert run.main(["init", str(a_file)]) == 2


def test_a_study_is_the_project_root_from_anywhere_inside_it(tmp_path, monkeypatch):
    root = study.init_study(tmp_path / "study")
    monkeypatch.chdir(root / "notebooks")
    assert io.project_root() == root and io.study_root() == root
    assert io.resolve_path("data/raw") == root / "data" / "raw"
    assert io.resolve_path(None) == root / "data" / "raw"
    assert io.layout().tables == root / "data" / "processed"
    assert io.notebook_folder() == root / "notebooks"
    monkeypatch.chdir(tmp_path)
    assert io.study_root() is None


def _fictional_notebook(path: Path) -> None:
    nb = nbformat.v4.new_notebook(metadata={
        "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}})
    nb.cells = [nbformat.v4.new_code_cell('label = "plain"\noutput_dir = None', metadata={"tags": ["parameters"]}),
                nbformat.v4.new_code_cell(
                    "import os\nfrom presslens.io import project_root, record_results\n"
                    'record_results("01_mine", {"label": label, "cwd": os.getcwd(), "root": str(project_root())},'
                    " output_dir)")]
    nbformat.write(nb, path)


def test_run_of_a_study_uses_its_own_notebooks_and_folders(tmp_path):
    root = study.init_study(tmp_path / "study")
    for nb in (root / "notebooks").glob("*.ipynb"):
        nb.unlink()
    _fictional_notebook(root / "notebooks" / "01_mine.ipynb")  # a researcher's own notebook
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    toml = root / "presslens.toml"
    toml.write_text(toml.read_text().replace("[parameters]\n", '[parameters]\nlabel = "from the study"\n'))
    for given, expected in (([], "from the study"), (["-p", "label", "x"], "x")):  # the command line wins
        done = subprocess.run([sys.executable, "-m", "presslens", "run", "--no-progress", str(root), *given],
                              cwd=elsewhere, capture_output=True, text=True, timeout=240)
        assert done.returncode == 0, done.stderr
        recorded = json.loads((root / "reports" / "results" / "01_mine.json").read_text())
        assert recorded == {"label": expected, "cwd": str(root), "root": str(root)}
    assert (root / "reports" / "index.html").is_file() and not list(elsewhere.iterdir())


@pytest.mark.parametrize("lines, message", [
    ('tpo_entities = 50', "unknown parameter(s) 'tpo_entities'"),
    ('publication_date = "2025-02-30"', "publication_date"),
    ('corpus = "no/such/folder"', "corpus not found"),
    ('top_entities = [1, 2]', "must be a string, number, boolean or date"),
    ('top_entities = ', "not valid TOML"),
])
def test_a_study_parameter_that_cannot_be_used_stops_the_run_naming_the_file(tmp_path, capsys, lines, message):
    root = study.init_study(tmp_path / "study")
    toml = root / "presslens.toml"
    toml.write_text(toml.read_text().replace("[parameters]\n", f"[parameters]\n{lines}\n"))
    assert run.main(["run", "--no-progress", str(root)]) == 2
    said = capsys.readouterr().err
    assert message in said and "presslens.toml" in said
    assert not (root / "reports" / "index.html").exists()


def test_study_parameters_are_values_with_paths_from_the_study(tmp_path):
    root = study.init_study(tmp_path / "study")
    assert study.study_parameters(root) == {}
    toml = root / "presslens.toml"
    toml.write_text(toml.read_text().replace(
        "[parameters]\n", '[parameters]\ncorpus = "data/raw"\npublication_date = 2025-10-27\ntop_entities = 50\n'))
    assert study.study_parameters(root) == {"corpus": str(root / "data" / "raw"), "publication_date": "2025-10-27",
                                            "top_entities": 50}
    assert tomllib.loads(toml.read_text())["defaults"]["02_sentiment"]["top_entities"] == 30


def test_lab_command_for_a_study(tmp_path, capsys, monkeypatch):
    started = []
    monkeypatch.setattr(os, "execv", lambda path, argv: started.append(argv))  # never JupyterLab in a test
    root = study.init_study(tmp_path / "study")
    assert run.main(["lab", str(root)]) == 0
    assert started == [study.lab_command(root)]
    command = study.lab_command(root / "data", ["--port", "8899"])
    assert command[:4] == [sys.executable, "-m", "jupyterlab", str(root / "notebooks")]
    assert "--LabApp.news_url=None" in command
    assert "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate" in command
    assert ("--allow-root" in command) == (os.geteuid() == 0)
    assert command[-2:] == ["--port", "8899"]
    nowhere = tmp_path / "nowhere"
    nowhere.mkdir()
    assert run.main(["lab", str(nowhere)]) == 2
    assert "presslens init" in capsys.readouterr().err


@pytest.mark.parametrize("value, expected", [
    ("2025-10-27", "2025-10-27"), (20251027, "2025-10-27"), ("20251027", "2025-10-27"),
    ("2025-10-27T09:30:00+09:00", "2025-10-27"), (None, None), ("", None),
])
def test_check_date_accepts_dates_and_never_reads_unix_seconds(value, expected):
    assert study.check_date(value) == expected


@pytest.mark.parametrize("value", ["2025-02-30", "not a date", "0000-01-01", "1500-01-01", 1761523200, True])
def test_check_date_refuses_what_is_not_a_date(value):
    with pytest.raises(ValueError, match="publication_date"):
        study.check_date(value)


def test_publication_date_fills_only_missing_dates_unless_overriding():
    filled = study.open_corpus(FIXTURES / "dates.jsonl", publication_date="2031-05-06").set_index("doc_id")
    assert filled.loc["dates/dated", "published"] == pd.Timestamp("2031-03-04")
    assert filled.loc["dates/dated", "published_source"] == "metadata"
    assert filled.loc["dates/undated", "published"] == pd.Timestamp("2031-05-06")
    assert filled.loc["dates/undated", "published_source"] == "parameter"
    forced = study.open_corpus(FIXTURES / "dates.jsonl", publication_date="2031-05-06", override_dates=True)
    assert set(forced["published"]) == {pd.Timestamp("2031-05-06")}
    with pytest.raises(ValueError, match="not a calendar date"):
        study.open_corpus(FIXTURES / "dates.jsonl", publication_date="2031-02-30")


def test_fields_given_as_text_or_mapping():
    assert study.parse_fields("text=story_text, published=date") == {"text": "story_text", "published": "date"}
    assert study.parse_fields({"text": "body"}) == {"text": "body"}
    assert study.parse_fields(None) == {}
    with pytest.raises(ValueError, match="COLUMN=FIELD"):
        study.parse_fields("story_text")
    articles = study.open_corpus(FIXTURES / "stories.csv", fields="text=story_text")
    assert articles["text"].iat[0].startswith("The Lowmere ferry board")


def test_a_corpus_not_found_says_what_to_give(tmp_path, monkeypatch, capsys):
    # A newcomer mistypes the folder: the one line says where it looked and what the argument takes.
    monkeypatch.chdir(tmp_path)
    assert run.main(["run", "my-stuyd"]) == 2
    said = capsys.readouterr().err
    assert "corpus not found: my-stuyd" in said and str(tmp_path) in said
    assert "presslens init" in said and "file or folder of articles" in said
    assert run.main(["init", "my-study", "--corpus", "artciles"]) == 2
    said = capsys.readouterr().err
    assert "corpus not found: artciles" in said and "file or folder of articles" in said
    assert not (tmp_path / "my-study").exists()
