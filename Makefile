# Campaign Studio — two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
BUNDLE_STAMP := $(VENV)/.bundle-installed

.PHONY: run test lint typecheck pytest coverage screenshots bench clean bundle bundle-test hooks

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

## The bundle's smoke tests (tests/bundle, marker `bundle`) run when a bundle was built (`make bundle`);
## without one they are left out rather than listed as skipped.
BUNDLE_TESTS ?= $(if $(wildcard dist/campaign-studio-*-linux-*.tar.gz),,-m "not bundle")

## `make coverage`: the suite with a coverage figure for studio/ (pytest-cov; files at 100 % left out of
## the table). Tracing roughly doubles the CPU of the pure-Python tests (9 min instead of ~6.5 on 2 cores),
## so `make test` runs without it: the suite stays well under 10 minutes.
COVERAGE ?=

## The suite runs on WORKERS processes (pytest-xdist; 2 = the CI machine's cores: ~6 min instead of ~9.5
## serial). Each worker starts its own PostgreSQL cluster and Qt application. `make pytest WORKERS=0`
## runs it in one process.
WORKERS ?= 2

## The storage, review and export tests also run on a real PostgreSQL server, started by the suite
## from Debian's binaries (installed here when missing and root; CI fails when they cannot be). The email
## tests run the official MJML compiler, the Nu Html Checker and SpamAssassin, installed the same way
## (tools/email_test_tools.py: Debian's spamassassin and default-jre-headless, npm's mjml and vnu-jar).
pytest: $(STAMP)
	@$(BIN)/python tools/postgres_test_server.py install || test -z "$$CI"
	@$(BIN)/python tools/email_test_tools.py install || test -z "$$CI"
	QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 $(BIN)/python -m pytest -n $(WORKERS) $(COVERAGE) $(BUNDLE_TESTS)

coverage: $(STAMP)
	$(MAKE) pytest COVERAGE="--cov=studio --cov-report=term:skip-covered"

## PNGs of the main views in English and Spanish, into docs/screenshots/.
screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 $(BIN)/python tools/screenshots.py
	QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 $(BIN)/python tools/screenshots_laptop.py

## The self-contained desktop app for this OS with PyInstaller (dist/campaign-studio/) and its
## installer (Linux: dist/campaign-studio-<version>-linux-<arch>.tar.gz with install.sh); prints
## their sizes. Several minutes of CPU: not part of `make test` (docs/install.md).
bundle: $(BUNDLE_STAMP)
	@if [ "$$(uname -s)" = Linux ]; then packaging/linux/build-deps.sh; fi
	$(BIN)/python packaging/build.py

## Build the bundle, then run its smoke test (tests/bundle/) as a user's machine would: clean
## environment, fresh home, installed from the archive. `make test` runs it too once a bundle exists.
bundle-test: bundle
	STUDIO_BUNDLE_REQUIRED=1 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m bundle tests/bundle

$(BUNDLE_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,bundle]'
	@touch $(BUNDLE_STAMP)

## The same checks before each commit (.pre-commit-config.yaml: ruff, ruff format, mypy, lint-imports).
hooks: $(STAMP)
	$(BIN)/pre-commit install

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .import_linter_cache .coverage build dist *.egg-info
