"""Shared test helpers: where the project, its fixtures and ../shared live."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from presslens._lazy import without_iri_grammars

# No test checks jsonschema's "iri" formats: spare each test process the Lark grammars that
# rfc3987_syntax compiles as it is imported (about 2 s), as `presslens run` does.
without_iri_grammars()

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
SHARED = Path(os.environ.get("PRESSLENS_SHARED", ROOT.parent / "shared"))
SAMPLE = ROOT / "data" / "raw" / "trump-tokyo-2025-10-27.txt"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or a skip when that folder is absent (tests elsewhere still run)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent (development data lives in ../shared beside the project)")
    return path


@pytest.fixture(autouse=True)
def _empty_nltk_data(tmp_path_factory, monkeypatch):
    # Nothing may depend on NLTK data installed on the machine.
    monkeypatch.setenv("NLTK_DATA", str(tmp_path_factory.getbasetemp() / "nltk_data_empty"))


@pytest.fixture(scope="session")
def sample_articles():
    from presslens.corpus import load_corpus

    return load_corpus(SAMPLE)


# `make test` gives each test file to one pytest-xdist worker (--dist loadfile: its module fixtures,
# such as the executed notebooks or the JupyterLab server, start once), in the order collected. The
# files that take longest (`pytest --durations=0`, summed per file) go first (with xdist's
# --no-loadscope-reorder, which keeps that order instead of the number of tests), so no worker is left
# running one of them alone at the end.
LONGEST_FIRST = ("test_run.py", "test_browser.py", "test_dask.py", "test_notebooks.py", "test_wheel.py",
                 "test_properties.py", "test_pipeline.py", "test_entities.py", "test_validation.py")


def pytest_collection_modifyitems(config, items):
    rank = {name: i for i, name in enumerate(LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))  # stable: the rest keep their order
