# Campaign Studio — two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint typecheck pytest screenshots bench clean hooks

$(STAMP): pyproject.toml constraints.txt
	@tools/system-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	@touch $(STAMP)

## Open the desktop studio on the demo workspace (embedded SQLite in your user data folder).
run: $(STAMP)
	$(BIN)/studio gui

## The whole suite, headless: lint, type check, tests.
test: $(STAMP) lint typecheck pytest

## Ruff, then the layer contracts of pyproject.toml (import-linter: the flow runs one way, Qt stays in
## studio/gui/, no cycles between packages).
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

typecheck: $(STAMP)
	$(BIN)/mypy studio tests

## A coverage figure for studio/ (pytest-cov; files at 100 % left out of the table). `make pytest COVERAGE=`
## runs without it.
COVERAGE ?= --cov=studio --cov-report=term:skip-covered

## The storage, review and export tests also run on a real PostgreSQL server, started by the suite
## from Debian's binaries (installed here when missing and root; CI fails when they cannot be).
pytest: $(STAMP)
	@$(BIN)/python tools/postgres_test_server.py install || test -z "$$CI"
	QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 $(BIN)/python -m pytest $(COVERAGE)

## PNGs of the main views in English and Spanish, into docs/screenshots/.
screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 $(BIN)/python tools/screenshots.py
	QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 $(BIN)/python tools/screenshots_laptop.py

## The same checks before each commit (.pre-commit-config.yaml: ruff, ruff format, mypy, lint-imports).
hooks: $(STAMP)
	$(BIN)/pre-commit install

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .import_linter_cache .coverage build *.egg-info
