# chiso: `make report` builds the briefings from data/, `make test` runs the tests.
# Both create .venv and install what they need on a machine with Python 3.11+ and make.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
RUN    := $(VENV)/.installed-run
DEV    := $(VENV)/.installed-dev
WORKBOOK ?= data/ke-hoach-83-quang-ngai.xlsx
# Options of `chiso build` (none needed: the bundled workbook's `Thông tin` sheet gives the
# committee, place, period, subject and signer), e.g. make report BRIEFING="--period 2023".
BRIEFING ?=

.DEFAULT_GOAL := help
.PHONY: help report demo test test-fast lint format lab bench clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-9s %s\n", $$1, $$2}'

$(VENV)/bin/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "chiso cần Python 3.11+ / needs Python 3.11+: make PYTHON=python3.11")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(RUN): pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(DEV): pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(RUN) $@

report: $(RUN) ## Build figures/ and reports/briefing.{html,pdf,docx} from data/ (creates .venv)
	$(BIN)/chiso build $(WORKBOOK) --figures figures --reports reports $(BRIEFING)

demo: $(RUN) ## Build the demonstration briefing (made-up figures) into figures/demo/ and reports/demo/
	$(BIN)/chiso build data/demo/tinh-minh-hoa.xlsx --figures figures/demo --reports reports/demo

lab: $(RUN) ## Open the notebooks in JupyterLab (briefing.ipynb links to the one chiso ships)
	$(BIN)/jupyter lab notebooks/

bench: $(RUN) ## Measure reading speed and memory (numbers go in docs/speed.md)
	$(BIN)/python scripts/benchmark.py $(BENCH)

# One worker per core (-n auto: 2 on CI, more on a bigger machine; the tests' time limits
# assume no more workers than cores). --dist loadgroup keeps the tests that share a costly
# fixture on one worker, so that it is built once (groups: tests/conftest.py).
PYTEST_PARALLEL := -n auto --dist loadgroup

test: $(DEV) ## Run every test, on every core: what CI runs (creates .venv on first run)
	$(BIN)/python -m pytest $(PYTEST_PARALLEL)

test-fast: $(DEV) ## Run the quick tests only: no notebook run, no PDF, no build (under a minute)
	$(BIN)/python -m pytest $(PYTEST_PARALLEL) -m "not slow"

lint: $(DEV) ## Lint, format check and strict type check
	$(BIN)/ruff check analysis tests scripts
	$(BIN)/ruff format --check analysis tests scripts
	$(BIN)/mypy

format: $(DEV) ## Format the code
	$(BIN)/ruff format analysis tests scripts
	$(BIN)/ruff check --fix analysis tests scripts

clean: ## Remove the virtual environment and caches
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
