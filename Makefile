# Every target bootstraps .venv itself, so a fresh clone needs only Python 3.11, pip and git.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
export NLTK_DATA ?= $(CURDIR)/.venv/nltk_data_empty

.PHONY: install report test lab bench eval clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	mkdir -p $(NLTK_DATA)
	touch $(STAMP)

install: $(STAMP)

report: $(STAMP)
	$(BIN)/presslens run data/raw

# One worker per core; each test file stays in one worker (its module fixtures start once), the
# longest files first (tests/conftest.py). Tests that score a whole development corpus (marker
# `eval`) belong to `make eval`.
test: $(STAMP)
	$(BIN)/python -m pytest -n auto --dist loadfile --no-loadscope-reorder -m "not eval"

# `presslens lab` passes --allow-root for root and turns off JupyterLab's news and update checks.
lab: $(STAMP)
	$(BIN)/presslens lab .

bench: $(STAMP)
	$(BIN)/python -m benchmarks
	$(BIN)/python -m benchmarks.serial
	$(BIN)/python -m benchmarks.linearity

# The figures, then the tests that hold each whole-corpus figure to its floor.
eval: $(STAMP)
	$(BIN)/python -m presslens.evaluate
	$(BIN)/python -m pytest -n auto --dist loadfile -m eval -p no:cacheprovider

clean:
	rm -rf reports/*.ipynb reports/*.html reports/figures reports/results data/processed/*
