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

# One worker per core; each test file stays in one worker (its module fixtures start once).
test: $(STAMP)
	$(BIN)/python -m pytest -n auto --dist loadfile

# `presslens lab` passes --allow-root for root and turns off JupyterLab's news and update checks.
lab: $(STAMP)
	$(BIN)/presslens lab .

bench: $(STAMP)
	$(BIN)/python -m benchmarks
	$(BIN)/python -m benchmarks.serial
	$(BIN)/python -m benchmarks.linearity

eval: $(STAMP)
	$(BIN)/python -m presslens.evaluate

clean:
	rm -rf reports/*.ipynb reports/*.html reports/figures reports/results data/processed/*
