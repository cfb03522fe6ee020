# The two commands of the README:
#   make          set up from nothing (virtual environment, install) and run the main job
#   make test     run the tests (sets up first if needed)
# Everything else here is a step of those two.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: all setup browser adapters-js check generate examples stats test bench hostile fuzz loadtest dist clean

all: check

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

## Chromium for the browser test of the documentation site (tests/test_site_browser.py), from
## Debian's archive. Needs root or passwordless sudo; without them it prints how to install it and
## succeeds, and the browser test skips. CI runs it (.ci/run); setup does not need it.
browser:
	bash tools/install-browser.sh

## The ajv reference adapter's packages (examples/implementations/ajv/), exactly as locked; Node.js
## and npm from Debian's archive when missing and root is at hand. CI runs it (.ci/run).
adapters-js:
	bash tools/install-node.sh
	command -v npm >/dev/null 2>&1 && npm ci --no-audit --no-fund --prefix examples/implementations/ajv || echo "adapters-js: npm is missing; the ajv adapter test skips."

## The main job: drift-check the generated artifacts and cases, gate the model version against the
## last release, check the decision records, validate every example, run the conformance suite
## against the reference validator, build the documentation site strictly, print model statistics
## and coverage.
check: setup
	$(BIN)/kll generate --check
	$(BIN)/kll model snapshot --check
	$(BIN)/kll model diff
	$(BIN)/kll governance check
	$(BIN)/kll conformance generate --check
	$(BIN)/kll examples
	$(BIN)/kll conformance coverage
	$(BIN)/kll conformance run
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --site-dir site
	$(BIN)/kll stats
	$(BIN)/kll codelists

## The documentation site, built into site/ (the model reference and rule pages are generated at
## build time, decision record 0018); `make serve` serves it on http://127.0.0.1:8000 while editing.
docs: setup
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --site-dir site

serve: setup
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs serve

## Regenerate generated/ from model/ after a model change (then commit both).
generate: setup
	$(BIN)/kll generate

## The package's bytecode is written first: the editable install leaves none, and where
## PYTHONDONTWRITEBYTECODE is set (CI images) every kll command the tests start would otherwise
## compile its ~50 modules again (0.3 s each time). Up-to-date files are skipped.
test: setup
	$(BIN)/python -m compileall -q -j 0 validators
	$(BIN)/python -m pytest

## The benchmark: 100,000 generated records (about 1 % broken in known ways) through our stages and
## the baselines (orjson floor, linkml-validate, pyshacl), the whole commands, and the memory of the
## whole commands at 100k and 1M records, one table (about 25 minutes on two cores); e.g.
## `make bench BENCH_ARGS="--skip-baselines --skip-suite"` to be quick (no memory rows).
BENCH_ARGS ?= --memory-scaling
bench: setup
	$(BIN)/python benchmarks/run.py $(BENCH_ARGS)

## The hostile-input catalogue (tests/fixtures/hostile/catalogue/) timed: every entry as a child
## process with a 60 s hard timeout, its wall time and peak memory, the worst case and the load
## average; fails when an entry takes more than 10 s or 500 MB.
hostile: setup
	$(BIN)/python benchmarks/hostile.py $(HOSTILE_ARGS)

## The fuzz target (hypothesis, in-process; not part of `make test`): every route gets a time budget,
## ten minutes by default; e.g. `make fuzz FUZZ_ARGS="--budget 30"` for a short run.
fuzz: setup
	$(BIN)/python benchmarks/fuzz.py $(FUZZ_ARGS)

## The validation service under load (benchmarks/loadtest.py, not part of `make test`): `kll serve` on
## loopback with stated limits (8 MiB uploads, 2 validations at once, 30 s), 16 clients, 500 requests
## of small files, ~5 MB uploads and a few oversized ones; prints throughput, latency, the count of
## each status and the server's peak memory, and fails on any other error or a dropped connection.
## E.g. `make loadtest LOADTEST_ARGS="--requests 100 --clients 8"` for a quick run.
loadtest: setup
	$(BIN)/python benchmarks/loadtest.py $(LOADTEST_ARGS)

## The distribution for implementers: dist/kll_validator-<version>-py3-none-any.whl and the sdist,
## carrying the specification the tool reads (pipx install dist/kll_validator-…whl).
dist: setup
	$(BIN)/python -m build --no-isolation --outdir dist .

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis build dist *.egg-info validators/*.egg-info
