"""Config: the one typed settings object, read from HOSPICEWIJZER_* variables and an optional .env."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import Field, ValidationError, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from assistant.errors import ConfigError

BUNDLED_MODEL = "bundled"
_PREFIX = "HOSPICEWIJZER_"


class Config(BaseSettings):
    """All settings of Hospicewijzer. Build it directly in tests; entrypoints call load_config()."""

    def host_names(self) -> frozenset[str]:
        """The allowed Host header names: the configured list plus the address served on."""
        names = {h.strip().lower() for h in self.allowed_hosts.split(",") if h.strip()}
        if self.host not in ("0.0.0.0", "::"):
            names.add(self.host.lower())
        return frozenset(names)

    model_config = SettingsConfigDict(
        env_prefix="HOSPICEWIJZER_", env_file=".env", extra="forbid", frozen=True
    )

    data_dir: Path = Path("data")
    corpus_dir: Path = Path("corpus")
    chroma_url: str | None = None
    chroma_collection: str = "hospicewijzer-chunks"

    embedding_model: str = BUNDLED_MODEL
    embedding_device: str = "cpu"
    embedding_batch_size: int = Field(default=32, ge=1, le=1024)
    # Query encoder: ONNX Runtime over an export of the same weights (auto/onnx), or torch.
    embedding_backend: str = Field(default="auto", pattern="^(auto|onnx|torch)$")
    # Intra-op threads of torch and ONNX Runtime; 0 = the libraries' default (all cores).
    # The server uses 1 unless set: concurrent requests, not threads, keep the cores busy.
    embedding_threads: int | None = Field(default=None, ge=0, le=256)
    onnx_cache_dir: Path | None = None  # default ~/.cache/hospicewijzer/onnx
    # Queries from concurrent requests encoded together (1 = off). Off by default: on ONNX
    # Runtime a batch costs the same CPU per query as single encodes, and the collecting
    # thread waits for the GIL behind the request threads (see benchmarks/RESULTS.md).
    query_batch: int = Field(default=1, ge=1, le=256)
    query_batch_window_ms: float = Field(default=3.0, ge=0, le=100)
    # Questions answered at the same time in the server; 0 = the number of cores.
    ask_concurrency: int = Field(default=0, ge=0, le=256)
    chunk_tokens: int = Field(default=180, ge=32, le=2048)
    chunk_overlap: int = Field(default=24, ge=0)

    top_k: int = Field(default=40, ge=1, description="candidates per retriever")
    top_n: int = Field(default=6, ge=1, description="passages the answer may draw on")
    rrf_k: int = Field(default=60, ge=1)
    fusion: str = Field(default="score", pattern="^(score|rrf)$")
    bm25_weight: float = Field(default=1.0, ge=0)
    dense_weight: float = Field(default=0.3, ge=0)
    group_boost: float = Field(default=0.25, ge=0)
    decompound: bool = True
    # Glossary variants appended to the dense query text (they always go to BM25).
    dense_expansions: bool = True
    retrieval_mode: str = Field(default="hybrid", pattern="^(hybrid|bm25|dense)$")
    min_evidence: float = Field(default=0.30, ge=0, le=1)
    min_evidence_unknown: float = Field(default=0.47, ge=0, le=1)
    max_answer_chars: int = Field(default=1200, ge=200)

    glossary_path: Path | None = None
    safety_path: Path | None = None

    max_file_mb: float = Field(default=50.0, gt=0)
    max_request_mb: float = Field(default=100.0, gt=0)
    # Every file is parsed in a worker process under these limits (time per file, address space).
    parse_timeout_s: float = Field(default=30.0, gt=0)
    parse_max_memory_mb: int = Field(default=2048, ge=256)

    login_hours: float = Field(default=12.0, gt=0)  # tokens from /api/login
    api_token_days: float = Field(default=90.0, gt=0)  # tokens from 'users add'

    # A language model for generated answers (any OpenAI-compatible server: llama.cpp, vLLM,
    # Ollama's /v1, a hosted endpoint). Unset: extractive answers, nothing leaves the machine.
    llm_base_url: str | None = None
    llm_model: str = "hospicewijzer-llm"
    llm_api_key: str | None = Field(default=None, repr=False)
    # The command line's token for a running server (ask, ingest, docs remove, eval through its API).
    token: str | None = Field(default=None, repr=False)
    llm_timeout_s: float = Field(default=60.0, gt=0)
    llm_max_retries: int = Field(default=1, ge=0, le=5)
    llm_max_tokens: int = Field(default=300, ge=16, le=4096)
    llm_min_supported: float = Field(default=0.5, ge=0, le=1)
    prompts_dir: Path | None = None

    host: str = "127.0.0.1"
    # Host names the web server answers to (comma-separated); others get 400, so a web page on
    # another site cannot reach the loopback server through DNS rebinding. "*" allows any.
    allowed_hosts: str = "localhost,127.0.0.1,::1"
    port: int = Field(default=7860, ge=1, le=65535)
    # Where login and upload rate limits count (a ``limits`` storage URI; memory:// = per process).
    rate_limit_storage: str = "memory://"
    # Processes that share in-memory limits (``serve --workers N`` sets it): each counts 1/N.
    limit_processes: int = Field(default=1, ge=1)
    # Seconds between checks of the registry generation: how fast a worker process serves what
    # another process (the writer worker, an ingest beside the server) committed.
    reload_interval_s: float = Field(default=1.0, gt=0, le=60)
    chat_requires_login: bool = False
    log_questions: bool = False
    # Opt-in corpus-gap signal: topic terms of declined questions per ISO week (never the
    # question text), kept this many weeks (see ui/gaps.py).
    gap_log: bool = False
    gap_retention_weeks: int = Field(default=26, ge=1, le=520)

    @model_validator(mode="after")
    def _check(self) -> Config:
        if self.chunk_overlap >= self.chunk_tokens:
            raise ValueError("chunk_overlap moet kleiner zijn dan chunk_tokens")
        if self.top_n > self.top_k:
            raise ValueError("top_n mag niet groter zijn dan top_k")
        return self

    def for_server(self) -> Config:
        """These settings with the server's defaults where none were given.

        One intra-op thread per request: with the libraries' default every request's encode
        spread over all cores and concurrent requests fought over them (p95 ~600 ms instead of
        ~80 ms in process, issue 12); concurrent requests keep the cores busy instead.
        """
        if self.embedding_threads is not None:
            return self
        return self.model_copy(update={"embedding_threads": 1})

    @property
    def chroma_path(self) -> Path:
        """Directory of the embedded Chroma database."""
        return self.data_dir / "chroma"

    @property
    def registry_path(self) -> Path:
        """SQLite file of the document registry."""
        return self.data_dir / "registry.sqlite3"

    @property
    def lexical_dir(self) -> Path:
        """Directory of the persisted BM25 index."""
        return self.data_dir / "bm25"


def load_config(
    environ: Mapping[str, str] | None = None, env_file: str | None = ".env", **overrides: Any
) -> Config:
    """Read the configuration from HOSPICEWIJZER_* variables (and .env), with overrides on top.

    A mistyped variable fails loudly instead of being ignored.

    Args:
        environ: Variables to read instead of ``os.environ`` (tests pass their own; .env is then
            not read).
        env_file: The dotenv file read when ``environ`` is None.
        **overrides: Values that win over the environment, e.g. ``data_dir`` from ``--data-dir``;
            ``None`` values are ignored.

    Returns:
        The validated, frozen configuration.

    Raises:
        ConfigError: A variable is unknown or a value is invalid (message in Dutch).
    """
    env = os.environ if environ is None else environ
    known = {f"{_PREFIX}{name.upper()}" for name in Config.model_fields}
    unknown = sorted(k for k in env if k.startswith(_PREFIX) and k not in known)
    if unknown:
        raise ConfigError(
            f"Onbekende instelling {', '.join(unknown)}. Bekende instellingen: "
            + ", ".join(sorted(known))
        )
    clean = {k: v for k, v in overrides.items() if v is not None}
    try:
        if environ is None:
            return Config(_env_file=env_file, **clean)  # type: ignore[call-arg]
        values: dict[str, Any] = {
            k[len(_PREFIX) :].lower(): v for k, v in env.items() if k in known
        }
        values.update(clean)
        return Config.model_validate(values)
    except ValidationError as err:
        raise ConfigError(describe_validation_error(err, prefix=_PREFIX)) from err


def describe_validation_error(err: ValidationError, prefix: str = "") -> str:
    """Turn a pydantic ValidationError into one Dutch line naming each field and the reason."""
    parts = []
    for item in err.errors():
        field = ".".join(str(p) for p in item["loc"]) or "invoer"
        name = f"{prefix}{field.upper()}" if prefix else field
        parts.append(f"{name}: {item['msg']}")
    return "Ongeldige instelling: " + "; ".join(parts)
