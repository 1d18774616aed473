# jixiao — the two set-up commands are `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test bench eval-scans golden install clean

$(STAMP): pyproject.toml Makefile
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "jixiao needs Python >= 3.11"'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test,fixtures]'
	@# byte-compile the project's own modules as a wheel install would (an editable install does not, and with
	@# PYTHONDONTWRITEBYTECODE set every run compiled them again: ~0.08 s a run)
	PYTHONDONTWRITEBYTECODE= $(BIN)/python -m compileall -q jixiao parsers normalize extract >/dev/null
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/jixiao extract samples -o output --force

test: $(STAMP)
	@bash scripts/system-deps.sh
	$(BIN)/python -m pytest -q

golden: $(STAMP)
	$(BIN)/python -m tests.golden_tool regenerate

bench: $(STAMP)
	$(BIN)/python -m pip install -q -e '.[test,fixtures,bench,dask]'
	$(BIN)/python bench/bench_txt.py
	$(BIN)/python bench/bench_pdf.py
	$(BIN)/python bench/bench_office.py
	$(BIN)/python bench/bench_scale.py
	$(BIN)/python bench/bench_search.py
	$(BIN)/python bench/bench_scan.py

# field-level F1 of every scan fixture against its digital version (tests/scan_eval.py)
eval-scans: $(STAMP)
	$(BIN)/python -m tests.scan_eval

clean:
	rm -rf $(VENV) output/*.parquet output/jixiao.duckdb
