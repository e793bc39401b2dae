# Leefloonwijzer — two commands do everything on a fresh machine:
#   make serve   set up, build the site and serve it on http://127.0.0.1:8000/
#   make test    set up and run every test (rules, site, browser, parity, lint): what CI runs
#   make test-fast  the everyday loop: no browser, a tenth of the property examples

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PORT   ?= 8000
export SITE_URL ?= http://127.0.0.1:$(PORT)/
# Material 9.8 prints an end-of-life banner on every build; keep build logs to real warnings.
export NO_MKDOCS_2_WARNING := 1

.PHONY: setup serve build test test-fast lint bench clean

setup: $(VENV)/.installed node_modules/.installed chromium

$(VENV)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e '.[dev]'
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

.PHONY: chromium
chromium:
	bash scripts/install-chromium.sh

build: $(VENV)/.installed node_modules/.installed
	$(BIN)/mkdocs build --strict --clean

# Served as GitHub Pages serves it: gzip for text and wasm, Cache-Control max-age=600.
serve: build
	$(BIN)/python scripts/serve.py --port $(PORT) --dir site --gzip --cache 600

lint: $(VENV)/.installed node_modules/.installed
	$(BIN)/ruff check checker scripts tests
	$(BIN)/ruff format --check checker scripts tests
	$(BIN)/mypy checker
	$(BIN)/mypy --strict scripts
	# The checker page's JavaScript: types (// @ts-check, JSDoc) and lint, pinned in package.json.
	node_modules/.bin/tsc -p tsconfig.json
	# The opt-in offline copy: its page module and its service worker (WebWorker types).
	node_modules/.bin/tsc -p tsconfig.offline.json
	node_modules/.bin/tsc -p tsconfig.sw.json
	# ESLint, one config (eslint.config.mjs): the checker page, the offline page module, the service worker.
	node_modules/.bin/eslint docs/javascripts/checker.js docs/javascripts/checker/ docs/javascripts/offline.js scripts/sitegen/templates/offline/sw.js

test: setup
	$(BIN)/python -m pytest

# Everything but the browser tests (tests/browser/), with a small hypothesis profile;
# Node parity still runs the whole scenario table. No Chromium needed.
test-fast: $(VENV)/.installed node_modules/.installed
	LW_HYPOTHESIS_PROFILE=fast $(BIN)/python -m pytest -q --ignore=tests/browser

bench: setup
	$(BIN)/python scripts/bench_rules.py
	$(BIN)/python scripts/bench_browser.py

clean:
	rm -rf site build .cache .pytest_cache .mypy_cache .ruff_cache .hypothesis
