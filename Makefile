# Kitchen Table: the commands people, the git hook and CI all use.
#   make run        install what running needs, train if needed, start everything
#   make test       install what testing needs too (browser, PostgreSQL, Redis), run every test
#   make test-fast  the tests that need no server, browser or training (a minute or two)
#   make lint       ruff, the import rule (lint-imports) and mypy; CI runs it before the tests
SHELL := /bin/bash
.DEFAULT_GOAL := help
PY := .venv/bin/python
export RASA_TELEMETRY_ENABLED := false
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: help setup setup-test run train test test-fast lint format bench lock clean nlu-report

help:
	@echo "make run    - install, train if needed, start Rasa and the gateway (Ctrl-C stops)"
	@echo "make test   - install and run every test"
	@echo "make test-fast - the tests that need no server, browser or training"
	@echo "make train  - train the dialogue model if its inputs changed"
	@echo "make lint   - ruff lint and format check, the import rule, mypy (strict)"
	@echo "make bench  - print benchmark figures"

setup:
	@bash scripts/setup.sh run

setup-test:
	@bash scripts/setup.sh test

run: setup
	@$(PY) -m assistant.ops.launcher run

train: setup
	@$(PY) -m assistant.ops.launcher train

test: setup-test
	@$(PY) -m assistant.ops.launcher train
	@$(PY) -m pytest $(PYTEST_ARGS)

# `fast` is every test not marked `servers` (tests/conftest.py marks those that start Rasa, the
# gateway, a browser, PostgreSQL or Redis, or train a model)
test-fast: setup
	@$(PY) -m pytest -m "not servers" $(PYTEST_ARGS)

lint: setup
	@.venv/bin/ruff check .
	@.venv/bin/ruff format --check .
	@.venv/bin/lint-imports
	@.venv/bin/mypy
	@.venv/bin/mypy --python-version 3.10 --ignore-missing-imports assistant/rasa_side/*.py

format: setup
	@.venv/bin/ruff format .
	@.venv/bin/ruff check --fix .

# BENCH_ARGS go to bench/journeys.py (whole and long journeys), e.g. make bench BENCH_ARGS="--think 0"
# (see docs/BENCHMARKS.md); bench/long_conversation.py: one conversation of 300 turns, and a gap
bench: setup-test
	@$(PY) bench/safety.py
	@$(PY) bench/planner.py
	@$(PY) bench/journeys.py $(BENCH_ARGS)
	@$(PY) bench/journeys.py --long 120 $(BENCH_ARGS)
	@$(PY) bench/long_conversation.py

# NLU quality: 5-fold cross-validation, writes docs/NLU.md, fails below the pass marks (minutes).
nlu-report: setup
	@$(PY) scripts/nlu_report.py
	@$(PY) scripts/safety_report.py --report-only

# Re-pin the main environment from requirements.in (needs network to PyPI).
lock:
	@rm -rf /tmp/kt-lock && python3.11 -m venv /tmp/kt-lock
	@/tmp/kt-lock/bin/pip install --quiet -r requirements.in
	@/tmp/kt-lock/bin/pip freeze --exclude-editable > requirements.lock
	@echo "requirements.lock updated"

clean:
	rm -rf var models .pytest_cache .ruff_cache .mypy_cache .hypothesis
