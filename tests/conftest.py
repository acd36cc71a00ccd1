"""Shared test helpers: where the project, its fixtures and ../shared live."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

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
