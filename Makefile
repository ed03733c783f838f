# Two entry points (see README): `make dashboard` and `make test`.
VENV ?= .venv
PYTHON ?= python3
PY := $(VENV)/bin/python

.PHONY: setup dashboard test extract evaluate bench chromium screenshots

$(VENV)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

setup: $(VENV)/.installed

# Sets up, then serves the dashboard over the bundled corpus on http://localhost:8501
dashboard: setup
	$(PY) -m streamlit run dashboard.py

# Sets up (including Debian's chromium for the browser tests), then runs every test.
test: setup chromium
	$(PY) -m pytest

chromium:
	@bash scripts/install_chromium.sh

# Runs the browser tests, then copies their screenshots into docs/screenshots/, which the README shows.
screenshots: setup chromium
	$(PY) -m pytest -m browser -q
	mkdir -p docs/screenshots
	cp test-artifacts/screenshots/*.png docs/screenshots/

extract: setup
	$(PY) -m extract

evaluate: setup
	$(PY) -m extract.evaluate

bench: setup
	$(PY) -m bench.extract
