# Two commands for a newcomer: `make run` (set up, serve the demo) and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test test-fast lint setup setup-test clean need-filter

run: setup
	$(VENV)/bin/matcher serve --host $(HOST) --port $(PORT)

test: setup-test
	$(PY) -m pytest

# The inner loop: no browser, no PostgreSQL, nothing marked slow.
test-fast: $(VENV)/.installed-test
	@scripts/ensure-wordlist
	$(PY) -m pytest -m "not browser and not postgres and not slow"

lint: $(VENV)/.installed-test
	$(VENV)/bin/ruff check matcher models service evaluation tests
	$(VENV)/bin/mypy

# Retrain the brief parser's learned need filter on the judged dev briefs (prints leave-one-file-out figures).
need-filter: setup
	HF_HUB_OFFLINE=1 $(PY) -m evaluation.train_need_filter

setup: $(VENV)/.installed

setup-test: $(VENV)/.installed-test
	@scripts/ensure-chromium
	@scripts/ensure-wordlist
	@scripts/ensure-pdf-libs $(VENV)

$(VENV)/.installed: pyproject.toml
	scripts/setup-venv $(VENV) ""
	@touch $@

$(VENV)/.installed-test: pyproject.toml
	scripts/setup-venv $(VENV) "[test]"
	@touch $(VENV)/.installed $@

clean:
	rm -rf $(VENV) build *.egg-info
