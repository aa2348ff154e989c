# `make run` and `make test` do all the set-up on a machine with Python 3.11 and make.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
FLASK := $(BIN)/flask --app wsgi
INSTALLED := $(VENV)/.installed
POSTGRES_URL ?= postgresql+psycopg://postgres@127.0.0.1:5432/test
PORT ?= 5000

.PHONY: install translations run test test-postgres call lint format bench loadtest clean

CATALOGUES := $(wildcard ivr/translations/*/LC_MESSAGES/messages.po)
COMPILED := $(CATALOGUES:.po=.mo)

# The softphone's Twilio Voice SDK, pinned in package-lock.json, served by the app itself.
SOFTPHONE_SDK := ivr/static/vendor/twilio.min.js

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(INSTALLED)

$(SOFTPHONE_SDK): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	mkdir -p $(dir $(SOFTPHONE_SDK))
	cp node_modules/@twilio/voice-sdk/dist/twilio.min.js $(SOFTPHONE_SDK)

# The pages' translations, compiled from the .po files each time one changes.
%.mo: %.po $(INSTALLED)
	$(BIN)/pybabel compile --statistics -i $< -o $@

install: $(INSTALLED) $(COMPILED) $(SOFTPHONE_SDK)

# After changing a page's words: extract them, and add the new ones to each language's .po.
translations: install
	$(BIN)/pybabel extract -F babel.cfg -k _l -k lazy_gettext --no-location --sort-output \
		-o ivr/translations/messages.pot --project lost-property-line .
	for lang in fr en es de; do test -f ivr/translations/$$lang/LC_MESSAGES/messages.po || \
		$(BIN)/pybabel init -i ivr/translations/messages.pot -d ivr/translations -l $$lang; done
	$(BIN)/pybabel update -i ivr/translations/messages.pot -d ivr/translations --no-fuzzy-matching --ignore-obsolete

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

bench: install
	$(BIN)/python -m tests.benchmarks.matching_bench

# gunicorn on PostgreSQL (schema loadtest of database test) with 1,000,000 items, 200 callers.
loadtest: install
	$(BIN)/python -m tests.benchmarks.loadtest

clean:
	rm -rf $(VENV) instance .pytest_cache .ruff_cache *.egg-info node_modules ivr/static/vendor
