# Two entry points that work on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
MW := $(BIN)/minewatch
PORT ?= 8000
CHROMIUM := /usr/bin/chromium

.PHONY: demo test lint typecheck pytest eval bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[all,dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(MW) init
	$(MW) overview
	$(MW) ingest minewatch/data/samples || test $$? -eq 1
	$(MW) reconcile
	$(MW) serve --host 127.0.0.1 --port $(PORT)

lint: $(STAMP)
	$(BIN)/ruff check minewatch tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy --strict minewatch

# the browser tests drive Debian's chromium (never `playwright install`)
$(CHROMIUM):
	apt-get update && apt-get install -y chromium

# PostgreSQL tests must run, not skip: the fixture fails when the server is unreachable
pytest: $(STAMP) $(CHROMIUM)
	MINEWATCH_REQUIRE_POSTGRES=1 $(BIN)/pytest -q

test: lint typecheck pytest

clean:
	rm -rf $(VENV) minewatch.db minewatch.db-wal minewatch.db-shm .mypy_cache .ruff_cache .pytest_cache
