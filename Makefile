# Two commands do everything on a fresh machine: `make analysis` and `make test`.
.DEFAULT_GOAL := help
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
export PYTHONHASHSEED := 0

.PHONY: help setup build notebooks analysis test unit nbval lab readme bench train clean
DOCS ?= 500

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): requirements.lock pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@touch $@

setup: $(STAMP) ## create .venv and install the pinned dependencies (requirements.lock)

build: $(STAMP) ## build the tables of seeds/ into data/processed/
	$(PY) -m analysis build --seeds seeds --out data/processed

notebooks: $(STAMP) ## re-execute every notebook in place and write HTML copies to reports/
	$(PY) -m analysis.notebooks notebooks --html reports

analysis: build notebooks ## set up, build the tables, re-execute the notebooks

unit: $(STAMP) ## unit and gold tests (prints precision and recall)
	$(PY) -m pytest tests

nbval: $(STAMP) ## validate the committed notebook outputs with nbval
	SAHEL_NOTEBOOK_BATCH=1 $(PY) -m pytest --nbval notebooks -p no:cacheprovider

test: unit nbval ## set up, run the unit tests, then nbval over notebooks/

lab: $(STAMP) ## open JupyterLab on notebooks/ with the project's environment
	$(VENV)/bin/jupyter lab --notebook-dir=notebooks $(if $(filter 0,$(shell id -u)),--allow-root)

readme: $(STAMP) ## regenerate the data dictionary in README.md from analysis/schema.py
	$(PY) -m analysis readme README.md

bench: $(STAMP) ## benchmark the build against a plain spaCy pass (DOCS=500; not part of make test)
	$(PY) -m analysis bench --docs $(DOCS) --memory 200 2000

train: $(STAMP) ## retrain the capital and relation pair models on the dev gold into data/ (after changing rules or dev gold)
	$(PY) -m analysis train

clean: ## remove the built tables and HTML reports (not .venv)
	rm -rf data/processed data/processed-tests data/processed-heldout data/.processed* reports
