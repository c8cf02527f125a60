# runnerup: set-up, tests, benchmarks. `make demo` and `make test` work from a fresh clone.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

LOCK := constraints.txt
EXTRAS := dev,browser,pdf,web
BUILD_TOOLS := hatchling editables

.PHONY: setup demo test lint check-lock format bench upgrade clean

setup: $(STAMP)

# Installs exactly the versions in the lock (constraints.txt), the build backend included
# (hence --no-build-isolation), so every machine runs what we tested.
$(STAMP): pyproject.toml $(LOCK)
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "runnerup needs Python 3.11 or newer; set PYTHON=python3.11")'
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet -c $(LOCK) pip
	$(PY) -m pip install --quiet -c $(LOCK) $(BUILD_TOOLS)
	$(PY) -m pip install --quiet -c $(LOCK) --no-build-isolation -e '.[$(EXTRAS)]'
	@touch $(STAMP)

demo: setup
	$(VENV)/bin/runnerup demo

check-lock: setup
	$(PY) scripts/lock.py check

# lint-imports checks the layer contracts in pyproject.toml ([tool.importlinter]).
lint: check-lock
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports --no-cache

format: setup
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

test: lint
	$(PY) -m pytest -q

bench: setup
	@set -e; for script in bench/*.py; do echo "== $$script"; $(PY) $$script; done

# Re-resolves pyproject.toml's ranges to the newest versions and rewrites the lock; then
# reinstalls from it. Run the tests before committing the new constraints.txt.
upgrade: setup
	$(PY) scripts/lock.py update
	$(PY) -m pip install --quiet -c $(LOCK) pip $(BUILD_TOOLS)
	$(PY) -m pip install --quiet -c $(LOCK) --no-build-isolation -e '.[$(EXTRAS)]'
	@touch $(STAMP)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist
