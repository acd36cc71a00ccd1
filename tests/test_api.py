"""The public surface: top-level names, submodule imports, and the README's example."""

import re

import pytest

import presslens
from conftest import FIXTURES, ROOT


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
