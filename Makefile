# btse-gui — two commands on a fresh machine:
#   make demo   set up and run the app on the built-in demo server
#   make test   set up (system packages included) and run every check and test
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint typecheck pytest system-deps clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit("btse-gui needs Python 3.11 or newer") if sys.version_info < (3, 11) else None'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

system-deps:
	@sh scripts/system-deps.sh

demo: $(STAMP)
	$(BIN)/btse-gui lookup --demo kyc3

lint: $(STAMP)
	$(BIN)/ruff check btse_gui tests
	$(BIN)/ruff format --check btse_gui tests

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: system-deps $(STAMP)
	QT_QPA_PLATFORM=offscreen sh scripts/with-keyring.sh $(BIN)/python -m pytest $(PYTEST_ARGS)

test: lint typecheck pytest

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
