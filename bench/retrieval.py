"""`/v1/retrieve` over real HTTP against the raw vector-engine query, at 10k and 100k chunks.

    .venv/bin/python -m bench.retrieval --data /work/shared/eval               # 10k and 100k
    .venv/bin/python -m bench.retrieval --data /work/shared/eval --quick       # 10k only, fewer queries

Population (the full pipeline is far too slow for 100k chunks on 2 cores): 100 source rows in
the service's database, and N points written through the vector seam (`EdgeVectorIndex.upsert`,
the adapter the service reads) with RANDOM unit vectors and real payloads -- source id (uniform
over the 100 sources), document id, chunk index, classification, trust (2 % below the trust
floor, i.e. quarantined), and a real passage from --data as text (~1.4 KB). Exact search cost does
not depend on the vectors' content; queries are real questions from --data, embedded by the server.

API: `hardrag serve` (uvicorn, one process, inline worker, embedded engine) in a subprocess; an
app key whose allowlist is 5 of the 100 sources; `POST /v1/retrieve {query, top_k: 8}` with httpx.
One client: p50/p95/p99 of sequential requests. 8 and 32 concurrent clients (threads, one
keep-alive connection each): requests/s over a fixed number of requests.
Raw engine: the same 5-source filter (`SearchFilter`, trust floor) and, per query, the same
query embedding (computed once with the server's backend), through `EdgeVectorIndex.search` in
this process while the server is down (the embedded engine allows one opener). Raw and API are
measured alternately, twice each, per size; medians are reported. `embed` is the query
embedding alone. `plain` is embed + engine search per query in this process, in a pass of its own
(one query after another, as the API gets them): the retrieval an unhardened application does, so
API/plain is the cost of the API, auth, allowlist, trust filter, evidence wrapping and audit record
on top of it ("overhead" = API - plain, p50). `plain-after-raw` is how plain was measured before
(each embed + search right after the raw search of the same vector): shown for comparison.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
import numpy as np

from bench._common import (
    machine,
    median,
    mint_key,
    percentile,
    read_jsonl,
    result_line,
    service_settings,
    table,
)

SOURCES, ALLOWED, TOP_K, DIM = 100, 5, 8, 384


def populate(settings: Any, n: int, texts: list[str], seed: int = 7) -> list[str]:
    """Source rows in the DB and `n` points in the index; returns the source ids."""
    from common.db import create_schema, make_engine, make_session_factory, session_scope
    from common.vectors import EdgeVectorIndex, VectorPoint
    from common.vectors import base as V
    from ingest.sources import create_source

    settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = make_engine(settings.resolved_database_url)
    create_schema(engine)
    with session_scope(make_session_factory(engine)) as s:
        ids = [
            create_source(
                s, name=f"src-{i:03d}", classification="internal", trust_tier="internal", tags=[], description=None
            ).id
            for i in range(SOURCES)
        ]
    engine.dispose()
    rng = np.random.default_rng(seed)
    floor = settings.trust_floor
    index = EdgeVectorIndex(settings.vectors_dir / settings.collection, dim=DIM, flush_interval=None)
    try:
        for start in range(0, n, 2000):
            m = min(2000, n - start)
            vecs = rng.standard_normal((m, DIM), dtype=np.float32)
            vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
            src = rng.integers(0, SOURCES, m)
            trust = np.where(rng.random(m) < 0.02, floor / 2, 0.5 + 0.4 * rng.random(m))
            points = [
                VectorPoint(
                    str(uuid.uuid4()),
                    vecs[j].tolist(),
                    {
                        V.SOURCE_ID: ids[src[j]],
                        V.DOCUMENT_ID: f"doc-{(start + j) // 20}",
                        V.CHUNK_INDEX: (start + j) % 20,
                        V.CLASSIFICATION: "internal",
                        V.TRUST: float(trust[j]),
                        V.QUARANTINED: bool(trust[j] < floor),
                        V.SOURCE_QUARANTINED: False,
                        V.TEXT: texts[(start + j) % len(texts)],
                        V.FINDINGS: {},
                    },
                )
                for j in range(m)
            ]
            index.upsert(points)
        index.flush()
    finally:
        index.close()
    return ids


def raw_engine(
    settings: Any, allowed: list[str], qvecs: np.ndarray, queries: list[str], emb: Any
) -> tuple[list[float], list[float], list[float]]:
    """Per query: the engine search alone; embed + search (an unhardened app's retrieval) in a pass
    of its own, one query after another as the API gets them; and embed + search right after the
    raw search of the same vector (how `plain` was measured before: the warm repeat ran 1-1.5 ms
    faster, which flattered plain against the API)."""
    from common.vectors import EdgeVectorIndex, SearchFilter

    flt = SearchFilter(frozenset(allowed), min_trust=settings.trust_floor)
    index = EdgeVectorIndex(settings.vectors_dir / settings.collection, dim=DIM)
    try:
        for v in qvecs[:10]:
            index.search(v.tolist(), flt=flt, limit=TOP_K)
        out, plain, after_raw = [], [], []
        for v in qvecs:
            vec = v.tolist()
            t = time.perf_counter()
            hits = index.search(vec, flt=flt, limit=TOP_K)
            out.append(time.perf_counter() - t)
            assert all(h.payload["source_id"] in flt.source_ids for h in hits)
        for q in queries:
            t = time.perf_counter()
            index.search(emb.embed_query(q), flt=flt, limit=TOP_K)
            plain.append(time.perf_counter() - t)
        for v, q in zip(qvecs, queries, strict=True):
            index.search(v.tolist(), flt=flt, limit=TOP_K)
            t = time.perf_counter()
            index.search(emb.embed_query(q), flt=flt, limit=TOP_K)
            after_raw.append(time.perf_counter() - t)
        return out, plain, after_raw
    finally:
        index.close()


class Server:
    def __init__(self, settings: Any, port: int) -> None:
        env = dict(
            os.environ,
            HARDRAG_DATA_DIR=str(settings.data_dir),
            HARDRAG_PORT=str(port),
            HARDRAG_LOG_LEVEL="WARNING",
            HARDRAG_EMBEDDING_BACKEND=settings.embedding_backend,
            HARDRAG_QUERY_EMBEDDING_BACKEND=settings.query_embedding_backend or settings.embedding_backend,
        )
        for k in (
            "rate_limit_key_per_minute",
            "rate_limit_key_burst",
            "rate_limit_ip_per_minute",
            "rate_limit_ip_burst",
        ):
            env[f"HARDRAG_{k.upper()}"] = str(getattr(settings, k, 10**7))
        self.url = f"http://127.0.0.1:{port}"
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "api.cli", "serve"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                break
            try:
                if httpx.get(self.url + "/healthz", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.3)
        self.stop()
        err = self.proc.stderr.read().decode(errors="replace")[-3000:] if self.proc.stderr else ""
        raise RuntimeError(f"the server did not start:\n{err}")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def one_client(url: str, key: str, queries: list[str]) -> list[float]:
    out = []
    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {key}"}, timeout=30) as c:
        for q in queries[:10]:
            c.post("/v1/retrieve", json={"query": q, "top_k": TOP_K}).raise_for_status()
        for q in queries:
            t = time.perf_counter()
            r = c.post("/v1/retrieve", json={"query": q, "top_k": TOP_K})
            out.append(time.perf_counter() - t)
            r.raise_for_status()
    return out


def concurrent(url: str, key: str, queries: list[str], clients: int, total: int) -> float:
    """Requests per second with `clients` threads sharing `total` requests."""
    counter = iter(range(total))
    lock, errors = threading.Lock(), []

    def work() -> None:
        with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {key}"}, timeout=60) as c:
            while True:
                with lock:
                    i = next(counter, None)
                if i is None:
                    return
                r = c.post("/v1/retrieve", json={"query": queries[i % len(queries)], "top_k": TOP_K})
                if r.status_code != 200:
                    errors.append(r.status_code)

    threads = [threading.Thread(target=work) for _ in range(clients)]
    t = time.perf_counter()
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    if errors:
        print(f"  {len(errors)} failed requests at {clients} clients (first: {errors[0]})")
    return total / (time.perf_counter() - t)


def ms(x: float) -> str:
    return f"{1000 * x:.2f}"


def bench_size(n: int, root: Path, texts: list[str], queries: list[str], args: argparse.Namespace) -> dict:
    from common.embedding import embedder_for

    over = {"query_embedding_backend": args.backend} if args.backend else {}
    settings = service_settings(root / f"n{n}" / "data", **over)
    t = time.perf_counter()
    ids = populate(settings, n, texts)
    print(f"  {n} points populated in {time.perf_counter() - t:.0f}s", flush=True)
    allowed = random.Random(n).sample(ids, ALLOWED)
    key = mint_key(settings, "app", allowed)
    emb = embedder_for(settings, queries=True)  # the server's query model, in this process
    emb.embed_query("warm up")
    embed_s = []
    for q in queries:
        t = time.perf_counter()
        emb.embed_query(q)
        embed_s.append(time.perf_counter() - t)
    qvecs = emb.embed_texts(queries)
    raw, plain, after_raw, api, rps = [], [], [], [], {}
    for rep in range(2):  # raw, API, raw, API
        r, p, a = raw_engine(settings, allowed, qvecs, queries, emb)
        raw += r
        plain += p
        after_raw += a
        server = Server(settings, args.port)
        try:
            api += one_client(server.url, key, queries)
            if rep == 0:
                for c in (8, 32):
                    rps[c] = concurrent(server.url, key, queries, c, args.concurrent_requests)
        finally:
            server.stop()
        print(f"  repetition {rep + 1}: raw p50 {ms(median(raw))} ms, API p50 {ms(median(api))} ms", flush=True)
    return {
        "n": n,
        "backend": emb.backend,
        "raw": raw,
        "plain": plain,
        "after_raw": after_raw,
        "api": api,
        "embed": embed_s,
        "rps": rps,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=Path("/work/shared/eval"))
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--queries", type=int, default=200, help="sequential requests per repetition")
    ap.add_argument("--concurrent-requests", type=int, default=400)
    ap.add_argument("--backend", default=None, help="query embedding backend (default: the settings default)")
    ap.add_argument("--port", type=int, default=18731)
    ap.add_argument("--quick", action="store_true", help="10k only, 100 queries, 200 concurrent requests")
    args = ap.parse_args(argv)
    if args.quick:
        args.sizes, args.queries, args.concurrent_requests = "10000", min(args.queries, 100), 200
    print(machine())
    texts = [r["text"] for r in read_jsonl(args.data / "retrieval" / "corpus.jsonl")]
    queries = [r["text"] for r in read_jsonl(args.data / "retrieval" / "queries.jsonl")]
    queries = random.Random(1).sample(queries, min(args.queries, len(queries)))
    results = []
    with tempfile.TemporaryDirectory(prefix="hardrag-bench-retrieval-") as tmp:
        for n in (int(x) for x in args.sizes.split(",")):
            results.append(bench_size(n, Path(tmp), texts, queries, args))
    rows = []
    for r in results:
        raw, plain, api, emb = r["raw"], r["plain"], r["api"], r["embed"]
        rows.append(
            [
                f"{r['n']:,}",
                ms(median(emb)),
                ms(median(raw)),
                ms(percentile(raw, 95)),
                ms(median(plain)),
                ms(percentile(plain, 95)),
                ms(median(api)),
                ms(percentile(api, 95)),
                ms(percentile(api, 99)),
                f"{median(api) / median(raw):.1f}x",
                f"{median(api) / median(plain):.2f}x",
                f"{percentile(api, 95) / percentile(plain, 95):.2f}x",
                ms(median(api) - median(plain)),
                f"{r['rps'][8]:.0f}",
                f"{r['rps'][32]:.0f}",
                ms(median(r["after_raw"])),
                f"{median(api) / median(r['after_raw']):.2f}x",
            ]
        )
    table(
        f"/v1/retrieve vs the raw engine query (5 of 100 sources allowed, top {TOP_K}; vectors: random "
        f"unit, payload texts: real; query embedding backend {results[0]['backend']}; latencies in ms; "
        "plain = embed the query + engine search in one process, what an unhardened app does)",
        [
            "chunks",
            "embed p50",
            "raw p50",
            "raw p95",
            "plain p50",
            "plain p95",
            "API p50",
            "API p95",
            "API p99",
            "API/raw p50",
            "API/plain p50",
            "API/plain p95",
            "overhead p50",
            "req/s 8 cl",
            "req/s 32 cl",
            "plain-after-raw p50",
            "API/plain-after-raw p50",
        ],
        rows,
    )
    last = results[-1]
    print(
        result_line(
            {
                "points": last["n"],
                "api_p95_ms": round(1000 * percentile(last["api"], 95), 2),
                "raw_p50_ms": round(1000 * median(last["raw"]), 2),
                "plain_p95_ms": round(1000 * percentile(last["plain"], 95), 2),
                "api_over_raw": round(median(last["api"]) / median(last["raw"]), 2),
                "api_over_plain": round(median(last["api"]) / median(last["plain"]), 3),
                "api_over_plain_p95": round(percentile(last["api"], 95) / percentile(last["plain"], 95), 3),
                "rps_8": round(last["rps"][8], 1),
                "rps_32": round(last["rps"][32], 1),
                "api_over_plain_after_raw": round(median(last["api"]) / median(last["after_raw"]), 3),
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
