# btse-gui — two commands on a fresh machine:
#   make demo   set up and run the app on the built-in demo server
#   make test   set up (system packages included) and run every check and test
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint typecheck pytest system-deps screenshot screenshots screenshot-overview package package-test bench \
	translations ts clean lock package-repro pythons
TS     := resources/translations/btse-gui_zh_TW.ts
CATALOG := $(patsubst resources/translations/%.ts,btse_gui/translations/%.json,$(TS))

# Qt Linguist sources (.ts, committed) compile to one JSON catalog per language that the
# window and the command line both read. The wheel's build does the same (hatch_build.py);
# this rule refreshes an editable install after a .ts changes.
btse_gui/translations/%.json: resources/translations/%.ts scripts/ts_to_json.py
	@mkdir -p btse_gui/translations
	$(PYTHON) scripts/ts_to_json.py $< $@

translations: $(CATALOG)

# Refresh the .ts sources from the code (keeps existing translations).
ts: $(STAMP)
	$(BIN)/pyside6-lupdate $$(git ls-files 'btse_gui/*.py' 'btse_gui/**/*.py') \
		-ts $(TS) -no-obsolete -locations none

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit("btse-gui needs Python 3.11 or newer") if sys.version_info < (3, 11) else None'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

system-deps:
	@sh scripts/system-deps.sh

# With a display: the window on the built-in demo server (pick an account, Sign in).
# Without one (ssh, CI): a picture of the window and the same account as text.
demo: system-deps $(STAMP) translations
	@if [ -n "$${DISPLAY:-}$${WAYLAND_DISPLAY:-}" ]; then \
		$(BIN)/btse-gui --demo; \
	else \
		mkdir -p build; \
		QT_QPA_PLATFORM=offscreen $(BIN)/btse-gui --demo kyc3 --screenshot build/demo.png >/dev/null && \
		echo "No display here: wrote build/demo.png, a picture of the window on demo account kyc3." && \
		$(BIN)/btse-gui lookup --demo kyc3; \
	fi

# docs/screenshot.png, the window on a demo account, in a real X server (Xvfb);
# `make screenshot LANG=zh_TW` writes docs/screenshot-zh_TW.png in Traditional Chinese.
SHOT := docs/screenshot$(if $(filter zh_TW%,$(LANG)),-zh_TW,).png
screenshot: system-deps $(STAMP) translations
	LANG=$(LANG) xvfb-run -a -s "-screen 0 1280x900x24" \
		$(BIN)/btse-gui --demo mismatch --screenshot $(SHOT)

# docs/screens/: every state a person must read at a glance, en and zh_TW, light and dark.
screenshots: system-deps $(STAMP) translations
	for lang in en zh_TW; do for scheme in light dark; do \
		xvfb-run -a -s "-screen 0 1280x900x24" sh scripts/with-keyring.sh \
			$(BIN)/python scripts/screenshots.py $$lang $$scheme || exit 1; \
	done; done

# docs/overview.png and docs/overview-zh_TW.png: the accounts overview on 60 demo accounts.
screenshot-overview: system-deps $(STAMP) translations
	for lang in C.UTF-8 zh_TW.UTF-8; do \
		shot=docs/overview$$(case $$lang in zh_TW*) echo -zh_TW;; esac).png; \
		LANG=$$lang xvfb-run -a -s "-screen 0 1280x900x24" \
			$(BIN)/btse-gui --demo --overview --demo-accounts 47 --screenshot $$shot; \
	done

PACKAGING_PY := packaging/make_icons.py packaging/entry.py packaging/sbom.py \
	packaging/linux/changelog.py packaging/linux/cli_docs.py

# ruff; the layers and their rules (import-linter, pyproject.toml); no dead code (vulture,
# scripts/vulture_whitelist.py lists only what Qt calls).
lint: $(STAMP)
	$(BIN)/ruff check btse_gui tests benchmarks $(PACKAGING_PY) hatch_build.py
	$(BIN)/ruff format --check btse_gui tests benchmarks $(PACKAGING_PY) hatch_build.py
	$(BIN)/lint-imports --no-cache
	$(BIN)/vulture btse_gui scripts/vulture_whitelist.py --min-confidence 80

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: system-deps $(STAMP) translations
	QT_QPA_PLATFORM=offscreen sh scripts/with-keyring.sh $(BIN)/python -m pytest $(PYTEST_ARGS)

# The build's inputs, pinned with hashes: btse-gui's runtime dependencies, PyInstaller
# and its hooks, for Python 3.11 on linux x86_64 (packaging/build-requirements.in says
# why pip-tools). `make lock` keeps the pins it can; `make lock UPGRADE=1` takes the
# newest releases. It needs the index; make package does not resolve anything.
LOCK       := packaging/build-requirements.txt
LOCK_VENV  := .venv-lock
PIP_TOOLS  := pip-tools==7.6.2
BUILD_VENV := .venv-build
BUILD_STAMP := $(BUILD_VENV)/.installed

lock:
	@$(PYTHON) -c 'import platform, sys; sys.exit(None if sys.version_info[:2] == (3, 11) and platform.machine() == "x86_64" and sys.platform == "linux" else "make lock: the lock is for Python 3.11 on linux x86_64")'
	test -x $(LOCK_VENV)/bin/python || $(PYTHON) -m venv $(LOCK_VENV)
	$(LOCK_VENV)/bin/python -m pip install --quiet '$(PIP_TOOLS)'
	CUSTOM_COMPILE_COMMAND="make lock" $(LOCK_VENV)/bin/pip-compile --quiet --generate-hashes \
		--allow-unsafe --strip-extras --no-emit-index-url --no-emit-find-links \
		$(if $(UPGRADE),--upgrade) --output-file $(LOCK) pyproject.toml packaging/build-requirements.in

# The build venv: exactly the lock file (every file's hash checked), then btse-gui itself,
# editable, without resolving or downloading anything more. Wheels only, but for
# argparse-manpage (the man page's generator), which PyPI has only as an sdist: pure
# Python, built without build isolation by the lock's own setuptools and packaging,
# installed first (BUILD_BACKEND, taken from the lock with their hashes).
BUILD_BACKEND := $(BUILD_VENV)/build-backend.txt
$(BUILD_STAMP): $(LOCK) pyproject.toml
	rm -rf $(BUILD_VENV)
	$(PYTHON) -m venv $(BUILD_VENV)
	awk '/^[^ #]/ { keep = /^(setuptools|packaging)==/ } keep' $(LOCK) > $(BUILD_BACKEND)
	$(BUILD_VENV)/bin/python -m pip install --quiet --require-hashes --only-binary :all: \
		-r $(BUILD_BACKEND)
	$(BUILD_VENV)/bin/python -m pip install --quiet --require-hashes --only-binary :all: \
		--no-binary argparse-manpage --no-build-isolation -r $(LOCK)
	$(BUILD_VENV)/bin/python -m pip install --quiet --no-deps --no-build-isolation --no-index -e .
	$(BUILD_VENV)/bin/python -m pip check
	touch $@

# The frozen bundle (PyInstaller, onedir) and a .deb built from it, offline and
# reproducibly (packaging/linux/build.sh): build/dist/btse-gui, build/btse-gui_*.deb.
package: system-deps $(STAMP) $(BUILD_STAMP)
	sh packaging/linux/build.sh build

# Unpacks the .deb into a temporary root and checks the frozen app (no install).
package-test:
	sh packaging/linux/package-test.sh

# Builds the package a second time, into another folder, and fails unless both .debs
# are byte-identical (prints both sha256; on a difference, the first member that differs).
package-repro: $(BUILD_STAMP)
	sh packaging/linux/package-repro.sh

# The core of the suite on every other Python >= 3.12 found here (pyenv's): btse-gui
# claims >= 3.11 (scripts/other-pythons.sh).
pythons: system-deps $(STAMP) translations
	sh scripts/other-pythons.sh

test: lint typecheck pytest pythons package package-test package-repro

# Benchmarks: ratios against floors measured in the same run; writes benchmarks/RESULTS.md,
# the accounts overview's rows included (bench_overview.py). `$(BIN)/python
# benchmarks/run_all.py bench_overview.py` runs only that one and updates its rows.
# Not part of make test (a one-repetition smoke run of each is, in tests/test_benchmarks.py).
bench: package
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache btse_gui/translations
