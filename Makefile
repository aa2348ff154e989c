# `make run` and `make test` do all the set-up on a machine with Python 3.11 and make.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
FLASK := $(BIN)/flask --app wsgi
INSTALLED := $(VENV)/.installed
POSTGRES_URL ?= postgresql+psycopg://postgres@127.0.0.1:5432/test
PORT ?= 5000

.PHONY: install run test test-postgres call lint format bench loadtest clean

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(INSTALLED)

install: $(INSTALLED)

run: install
	$(FLASK) init-db
	$(FLASK) demo-data
	@echo
	@echo "The phone line answers Twilio at http://127.0.0.1:$(PORT)/ivr/incoming"
	@echo "  call it from another terminal:  make call PORT=$(PORT)"
	@echo "The clerks' and agents' pages are at http://127.0.0.1:$(PORT)/"
	@echo "  make a login:  $(FLASK) users create NAME --role clerk"
	@echo "                 $(FLASK) users set-password NAME"
	@echo
	$(FLASK) run --host 127.0.0.1 --port $(PORT)

call: install
	$(FLASK) call --url http://127.0.0.1:$(PORT)

test: install
	$(BIN)/pytest

test-postgres: install
	TEST_DATABASE_URL=$(POSTGRES_URL) $(BIN)/pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# search_http's first run imports 1,000,000 distinct items into PostgreSQL and into SQLite
# (10 to 30 minutes each, with the machine's load); later runs keep them.
bench: install
	$(BIN)/python -m tests.benchmarks.matching_bench
	$(BIN)/python -m tests.benchmarks.search_http

# gunicorn on PostgreSQL (schema loadtest of database test) with 1,000,000 items, 200 callers.
loadtest: install
	$(BIN)/python -m tests.benchmarks.loadtest

clean:
	rm -rf $(VENV) instance .pytest_cache .ruff_cache *.egg-info
