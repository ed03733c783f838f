# Two entry points (see README): `make dashboard` and `make test`.
VENV ?= .venv
PYTHON ?= python3
PY := $(VENV)/bin/python

.PHONY: setup dashboard test extract docs evaluate bench chromium screenshots

# The pinned requirements, then this project as a package in editable mode (no deps: the pins win),
# which gives the console scripts and lets `dask worker` / `dask scheduler` import it from any folder.
# An editable install maps the top-level packages it found, so a new one (a new */__init__.py) reinstalls.
$(VENV)/.installed: requirements.txt pyproject.toml setup.py $(wildcard */__init__.py)
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	$(PY) -m pip install --quiet --no-deps -e .
	touch $@

setup: $(VENV)/.installed

# Sets up, then serves the dashboard over the bundled corpus on http://localhost:8501
dashboard: setup
	$(VENV)/bin/libya-dashboard

# Sets up (including Debian's chromium for the browser tests), then runs every test: the files are shared out
# to one worker per core, at most four (pytest-xdist); a file's tests stay together on one worker, so its
# module fixtures (a served dashboard, a parsed corpus) are built once.
test: setup chromium
	$(PY) -m pytest -n auto --maxprocesses 4 --dist loadfile

chromium:
	@bash scripts/install_chromium.sh

# Runs the browser tests, then copies their screenshots into docs/screenshots/, which the README and the docs show.
screenshots: setup chromium
	$(PY) -m pytest -m browser -q
	mkdir -p docs/screenshots
	cp test-artifacts/screenshots/*.png docs/screenshots/

extract: setup
	$(VENV)/bin/libya-extract

# Builds the documentation site (docs/, mkdocs.yml) into site/, offline; `mkdocs serve` shows it while editing.
docs: setup
	$(PY) -m mkdocs build --strict

evaluate: setup
	$(PY) -m extract.evaluate

bench: setup
	$(PY) -m bench.extract
