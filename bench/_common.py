"""Helpers shared by the benchmarks: the machine, tables, medians, eval data and a test corpus.

`build_corpus` writes real files of every supported type (txt md html pdf docx csv json eml,
through `tests/fixtures/files.py`) filled with public text from `--data` (MTRAG passages,
benign documents and a small share of injection texts), until the requested size is reached.
"""

from __future__ import annotations

import json
import os
import platform
import random
import socket
import statistics
import sys
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # tests/fixtures is not an installed package
    sys.path.insert(0, str(ROOT))

TYPES = ("txt", "md", "html", "pdf", "docx", "csv", "json", "eml")


def machine() -> str:
    """One line: cores, CPU model, load average, Python and the key library versions."""
    model = "unknown CPU"
    flags: set[str] = set()
    try:
        with open("/proc/cpuinfo") as fh:
            for line in fh:
                if line.startswith("model name") and model == "unknown CPU":
                    model = line.split(":", 1)[1].strip()
                elif line.startswith("flags") and not flags:
                    flags = set(line.split(":", 1)[1].split())
    except OSError:
        pass
    wanted = ("avx512f", "avx512_vnni", "avx512_bf16", "amx_bf16", "amx_int8")
    simd = ",".join(f for f in wanted if f in flags)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (
        f"machine: {cores} cores, {model} [{simd or 'no avx512'}], load avg {load}; "
        f"Python {platform.python_version()}, {versions()}"
    )


def versions() -> str:
    from importlib.metadata import PackageNotFoundError, version

    out = []
    for dist in ("torch", "onnxruntime", "sentence-transformers", "qdrant-edge-py", "llama-index-core"):
        try:
            out.append(f"{dist} {version(dist)}")
        except PackageNotFoundError:
            continue
    return ", ".join(out)


def median(values: Iterable[float]) -> float:
    vals = list(values)
    return statistics.median(vals) if vals else float("nan")


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of `values`."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[k]


def table(title: str, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """Print a Markdown table (numbers formatted by the caller)."""
    rows = [[str(c) for c in r] for r in rows]
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(header)]
    print(f"\n{title}\n")
    print("| " + " | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in rows:
        print("| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |")


def result_line(values: dict[str, Any]) -> str:
    parts = []
    for k, v in values.items():
        parts.append(f"{k}={v:.4g}" if isinstance(v, float) else f"{k}={v}")
    return "RESULT " + " ".join(parts)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@dataclass(frozen=True)
class Retrieval:
    corpus: dict[str, str]  # id -> title + text
    queries: dict[str, str]
    qrels: dict[str, set[str]]


def load_retrieval(data: Path) -> Retrieval:
    root = data / "retrieval"
    corpus: dict[str, str] = {}
    for r in read_jsonl(root / "corpus.jsonl"):
        title, text = (r.get("title") or "").strip(), r["text"]
        corpus[r["_id"]] = text if not title or text.startswith(title) else f"{title}\n{text}"
    queries = {r["_id"]: r["text"] for r in read_jsonl(root / "queries.jsonl")}
    qrels: dict[str, set[str]] = {}
    with (root / "qrels.tsv").open() as fh:
        next(fh)
        for line in fh:
            qid, did, score = line.rstrip("\n").split("\t")
            if int(score) > 0 and did in corpus:
                qrels.setdefault(qid, set()).add(did)
    return Retrieval(corpus, {q: t for q, t in queries.items() if q in qrels}, qrels)


def texts_pool(data: Path, injection_share: float = 0.03, seed: int = 11) -> list[str]:
    """Documents' worth of public text: MTRAG passages and benign texts, a few injections mixed in."""
    rng = random.Random(seed)
    benign = [r["text"] for r in read_jsonl(data / "retrieval" / "corpus.jsonl")]
    benign += [r["text"] for r in read_jsonl(data / "benign.jsonl")]
    inj = [r["text"] for r in read_jsonl(data / "injections.jsonl") if r.get("lang", "en") == "en"]
    rng.shuffle(benign)
    rng.shuffle(inj)
    n_inj = int(len(benign) * injection_share)
    pool = benign + inj[:n_inj]
    rng.shuffle(pool)
    return pool


def _ascii_for_pdf(text: str) -> str:
    # fpdf2's core fonts are Latin-1 only
    return text.encode("latin-1", "replace").decode("latin-1")


def build_corpus(data: Path, out: Path, *, megabytes: float, seed: int = 5) -> list[Path]:
    """Write mixed files into `out` until their total size reaches `megabytes`; return the paths."""
    from tests.fixtures import files as F

    out.mkdir(parents=True, exist_ok=True)
    pool = texts_pool(data)
    rng = random.Random(seed)
    target = int(megabytes * 1_000_000)
    paths: list[Path] = []
    total, cursor, n = 0, 0, 0
    while total < target:
        kind = TYPES[n % len(TYPES)]
        k = rng.randint(4, 12)  # paragraphs per document: ~5-15 KB of text
        paras = [pool[(cursor + i) % len(pool)].strip() for i in range(k)]
        paras = [p for p in paras if p] or ["empty"]
        cursor += k
        name = f"doc{n:05d}.{kind}"
        if kind == "pdf":
            path = F.make_pdf(out, [_ascii_for_pdf(p) for p in paras], pages=max(1, k // 3), name=name)
        elif kind == "csv":
            body = ((str(i), p[:60].replace("\n", " "), p) for i, p in enumerate(paras))
            rows = [("id", "topic", "notes"), *body]
            path = F.make_csv(out, rows, name=name)
        else:
            make = getattr(F, f"make_{kind}")
            path = make(out, paras, name=name)
        paths.append(path)
        total += path.stat().st_size
        n += 1
    return paths


def slices(paths: Sequence[Path], n: int) -> list[list[Path]]:
    """`n` slices of roughly equal size, each with files of every type (round-robin per type)."""
    n = max(1, min(n, len(paths)))
    out: list[list[Path]] = [[] for _ in range(n)]
    by_type: dict[str, list[Path]] = {}
    for p in paths:
        by_type.setdefault(p.suffix, []).append(p)
    k = 0
    for group in by_type.values():
        for p in group:
            out[k % n].append(p)
            k += 1
    return out


def service_settings(data_dir: Path, **overrides: Any) -> Any:
    """Settings for a benchmark service: embedded defaults, rate limits out of the way."""
    from common.settings import Settings

    values: dict[str, Any] = {
        "data_dir": data_dir,
        "rate_limit_key_per_minute": 10**7,
        "rate_limit_key_burst": 10**7,
        "rate_limit_ip_per_minute": 10**7,
        "rate_limit_ip_burst": 10**7,
        "log_level": "WARNING",
    }
    values.update(overrides)
    known = Settings.model_fields
    return Settings(**{k: v for k, v in values.items() if k in known}, _env_file=None)  # type: ignore[call-arg]


def mint_key(settings: Any, role: str, sources: list[str] | None = None) -> str:
    from api.auth import create_key
    from common.db import create_schema, make_engine, make_session_factory, session_scope

    engine = make_engine(settings.resolved_database_url)
    create_schema(engine)
    with session_scope(make_session_factory(engine)) as s:
        _, token = create_key(s, role=role, name=f"bench-{role}", sources=sources or [])
    engine.dispose()
    return token


REDIS_URL = os.environ.get("HARDRAG_BENCH_REDIS_URL", "redis://127.0.0.1:6379/12")
POSTGRES_ADMIN = os.environ.get("HARDRAG_BENCH_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")


def settings_env(settings: Any) -> dict[str, str]:
    """The environment that makes another process read the same Settings (the values set here)."""
    env = dict(os.environ)
    for name in settings.model_fields_set:
        value = getattr(settings, name)
        if value is not None:
            env[f"HARDRAG_{name.upper()}"] = str(
                value.get_secret_value() if hasattr(value, "get_secret_value") else value
            )
    return env


class ScratchPostgres:
    """A throw-away database on the PostgreSQL server (dropped by `drop`).

    Its name carries this host and process id, so that a bench killed before `drop` (SIGKILL, a lost
    terminal) does not leave its database behind for good: creating one drops this host's scratch
    databases whose process has gone.
    """

    PREFIX = "hardrag_bench_"

    def __init__(self, admin_url: str | None = None) -> None:
        import psycopg

        self.admin_url = admin_url or POSTGRES_ADMIN
        self.name = f"{self.PREFIX}{_host_tag()}_{os.getpid()}_{random.randrange(1 << 30):x}"
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            self.swept = _sweep_orphans(conn)
            conn.execute(f'CREATE DATABASE "{self.name}"')
        base = self.admin_url.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://")
        self.url = f"{base}/{self.name}"

    def drop(self) -> None:
        import psycopg

        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


def _host_tag() -> str:
    return zlib.crc32(socket.gethostname().encode()).to_bytes(4, "big").hex()


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's live process
        return True
    return True


def _sweep_orphans(conn: Any) -> list[str]:
    """Drop this host's scratch databases whose bench process no longer runs; return their names."""
    rows = conn.execute(
        "SELECT datname FROM pg_database WHERE datname LIKE %s", (ScratchPostgres.PREFIX + "%",)
    ).fetchall()
    dropped = []
    for (name,) in rows:
        parts = name.removeprefix(ScratchPostgres.PREFIX).split("_")
        if len(parts) != 3 or parts[0] != _host_tag() or not parts[1].isdigit():
            continue  # another host's, or not named by this class: not ours to judge
        if not _process_alive(int(parts[1])):
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            dropped.append(name)
    return dropped


class WorkerProcesses:
    """`hardrag worker --concurrency N` (Celery prefork over the broker in `settings`) as a subprocess."""

    def __init__(self, settings: Any, concurrency: int, *, threads: int = 0) -> None:
        import subprocess

        env = settings_env(settings)
        if threads:
            env["HARDRAG_EMBEDDING_THREADS"] = str(threads)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "api.cli", "worker", "--concurrency", str(concurrency)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def stop(self) -> None:
        import subprocess

        self.proc.terminate()
        try:
            self.proc.wait(60)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
