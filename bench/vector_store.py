"""Benchmark the vector engines behind `common.vectors`, through the seam itself.

    .venv/bin/python -m bench.vector_store --points 10000 100000

For each size: random unit 384-d vectors spread over 100 sources, upserted in batches of 64
(as the ingest worker does). Then 200 queries (a stored vector plus noise), each filtered to
5 random sources of the 100 with top 8, timed end to end through `VectorIndex.search`, and
compared with exact brute force in numpy: recall@8 and how many queries came back with fewer
hits than exist. "all p50"/"all rec" are the same query with all 100 sources allowed (the
filter is still there, it just selects everything), against exact brute force over all points.

Engines and modes:
  edge exact    -- Qdrant Edge as shipped: appendable segments, exact search planned through
                   the payload index (`SearchParams(exact=True)`), never `optimize()`d.
  edge hnsw+fb  -- the same shard after the blocking `optimize()` has built HNSW, searched with
                   HNSW and re-run exactly when it returns fewer than `limit` ("short").
  edge exact/opt-- the optimized shard searched with exact=True.
  local         -- qdrant-client local mode (through `QdrantServerIndex`): filters in Python point
                   by point and ignores payload indexes; only run up to --local-max points.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
import uuid
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from qdrant_client import QdrantClient

from common.vectors import EdgeVectorIndex, QdrantServerIndex, SearchFilter, VectorIndex, VectorPoint

DIM = 384
SOURCES = 100
BATCH = 64
TOP = 8
ALLOWED = 5


@dataclass
class Row:
    engine: str
    points: int
    upsert_pps: float | None = None
    flush_ms: float | None = None
    p50: float = 0.0
    p95: float = 0.0
    p99: float = 0.0
    all_p50: float = 0.0
    recall: float = 0.0
    all_recall: float = 0.0
    short: int = 0
    queries: int = 0
    raw_short: int | None = None  # HNSW answers short of `limit` before the exact re-run
    notes: list[str] = field(default_factory=list)


@dataclass
class Data:
    vectors: np.ndarray  # (n, DIM) float32, unit rows
    sources: np.ndarray  # (n,) int
    ids: list[str]
    queries: np.ndarray  # (q, DIM)
    allowed: list[frozenset[int]]


def make_data(n: int, n_queries: int, seed: int = 7) -> Data:
    rng = np.random.default_rng(seed)
    vectors = rng.standard_normal((n, DIM), dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    sources = rng.integers(0, SOURCES, n)
    picks = rng.integers(0, n, n_queries)
    queries = vectors[picks] + 0.05 * rng.standard_normal((n_queries, DIM), dtype=np.float32)
    queries /= np.linalg.norm(queries, axis=1, keepdims=True)
    allowed = [frozenset(rng.choice(SOURCES, ALLOWED, replace=False).tolist()) for _ in range(n_queries)]
    ids = [str(uuid.UUID(int=int(rng.integers(0, 2**63)) << 64 | i)) for i in range(n)]
    return Data(vectors, sources, ids, queries, allowed)


def points(data: Data, start: int, stop: int) -> list[VectorPoint]:
    out = []
    for i in range(start, stop):
        payload = {
            "source_id": f"s{data.sources[i]}",
            "document_id": f"d{i // 20}",
            "chunk_index": i % 20,
            "classification": "internal",
            "trust": 0.8,
            "text": f"chunk {i} " + "lorem ipsum dolor sit amet " * 18,
            "findings": {"injection": 0, "secret": 0},
        }
        out.append(VectorPoint(data.ids[i], data.vectors[i].tolist(), payload))
    return out


def truth(data: Data, q: int, *, everything: bool = False) -> tuple[set[str], int]:
    """Exact filtered top-8 ids and how many points the filter admits."""
    idx = np.arange(len(data.ids)) if everything else np.flatnonzero(np.isin(data.sources, list(data.allowed[q])))
    scores = data.vectors[idx] @ data.queries[q]
    k = min(TOP, idx.size)
    best = idx[np.argpartition(-scores, k - 1)[:k]] if k else idx[:0]
    return {data.ids[i] for i in best}, int(idx.size)


def load(index: VectorIndex, data: Data, row: Row, *, flush: EdgeVectorIndex | None) -> None:
    n = len(data.ids)
    upsert_s = flush_s = 0.0
    last: list[float] = []
    for start in range(0, n, BATCH):
        batch = points(data, start, min(n, start + BATCH))
        t0 = time.perf_counter()
        index.upsert(batch)
        t1 = time.perf_counter()
        if flush is not None:
            flush.flush()
        upsert_s += t1 - t0
        flush_s += time.perf_counter() - t1
        last = [*last[-9:], time.perf_counter() - t1]
    batches = -(-n // BATCH)
    row.upsert_pps = n / (upsert_s + flush_s)
    if flush is not None:
        row.flush_ms = 1000 * flush_s / batches
        row.notes.append(f"without flush {n / upsert_s:,.0f} pts/s")
        row.notes.append(f"flush of the last 10 batches {1000 * statistics.mean(last):.1f} ms")


def measure(index: VectorIndex, data: Data, row: Row, n_queries: int) -> None:
    lat, all_lat, recalls, all_recalls = [], [], [], []
    every = SearchFilter(frozenset(f"s{i}" for i in range(SOURCES)))
    for q in range(n_queries):
        flt = SearchFilter(frozenset(f"s{i}" for i in data.allowed[q]))
        t0 = time.perf_counter()
        hits = index.search(data.queries[q].tolist(), flt=flt, limit=TOP)
        lat.append(1000 * (time.perf_counter() - t0))
        want, exists = truth(data, q)
        recalls.append(len({h.id for h in hits} & want) / max(1, len(want)))
        if len(hits) < min(TOP, exists):
            row.short += 1
        t0 = time.perf_counter()
        hits = index.search(data.queries[q].tolist(), flt=every, limit=TOP)
        all_lat.append(1000 * (time.perf_counter() - t0))
        all_recalls.append(len({h.id for h in hits} & truth(data, q, everything=True)[0]) / TOP)
    pct = np.percentile(lat, [50, 95, 99])
    row.p50, row.p95, row.p99 = (float(x) for x in pct)
    row.all_p50 = statistics.median(all_lat)
    row.recall = float(np.mean(recalls))
    row.all_recall = float(np.mean(all_recalls))
    row.queries = n_queries


def bench_edge(data: Data, root: Path, n_queries: int, hnsw: bool) -> list[Row]:
    n = len(data.ids)
    index = EdgeVectorIndex(root / f"edge{n}", dim=DIM, flush_interval=None)
    try:
        exact = Row("edge exact (shipped)", n)
        load(index, data, exact, flush=index)
        measure(index, data, exact, n_queries)
        rows = [exact]
        if hnsw:
            t0 = time.perf_counter()
            index.optimize()
            took = time.perf_counter() - t0
            row = Row("edge hnsw+fallback", n, notes=[f"optimize() {took:.0f} s"])
            index.search_mode = "hnsw_fallback"
            index.short_hnsw_results = 0
            measure(index, data, row, n_queries)
            row.raw_short = index.short_hnsw_results
            row.notes.append(f"raw HNSW short {row.raw_short}/{2 * n_queries} searches -> exact re-run")
            rows.append(row)
            index.search_mode = "exact"
            opt = Row("edge exact (optimized)", n)
            measure(index, data, opt, n_queries)
            rows.append(opt)
        return rows
    finally:
        index.close()


def bench_local(data: Data, root: Path, n_queries: int) -> Row:
    n = len(data.ids)
    client = QdrantClient(path=str(root / f"local{n}"))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            index = QdrantServerIndex(client, collection="bench", dim=DIM)
            row = Row("qdrant-client local", n)
            load(index, data, row, flush=None)
            measure(index, data, row, n_queries)
        return row
    finally:
        client.close()


def fmt(x: float | None, spec: str) -> str:
    return "-" if x is None else format(x, spec)


def print_table(rows: list[Row]) -> None:
    head = (
        f"{'engine':<24}{'points':>8}{'upsert/s':>10}{'flush ms':>9}{'p50 ms':>9}{'p95 ms':>9}"
        f"{'p99 ms':>9}{'recall@8':>9}{'short':>8}{'all p50':>9}{'all rec':>8}  notes"
    )
    print(head)
    print("-" * len(head))
    for r in rows:
        print(
            f"{r.engine:<24}{r.points:>8}{fmt(r.upsert_pps, ',.0f'):>10}{fmt(r.flush_ms, '.2f'):>9}"
            f"{r.p50:>9.2f}{r.p95:>9.2f}{r.p99:>9.2f}{r.recall:>9.4f}{f'{r.short}/{r.queries}':>8}"
            f"{r.all_p50:>9.2f}{r.all_recall:>8.4f}  {'; '.join(r.notes)}",
            flush=True,
        )


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--points", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--local-max", type=int, default=20_000, help="largest size run on local mode")
    ap.add_argument("--local-queries", type=int, default=50)
    ap.add_argument("--hnsw-max", type=int, default=100_000, help="largest size to optimize() into HNSW")
    args = ap.parse_args(argv)
    root = Path(tempfile.mkdtemp(prefix="hardrag-bench-"))
    print(f"{DIM}-d unit vectors, {SOURCES} sources, upsert batches of {BATCH}, filter {ALLOWED} of {SOURCES}")
    print(f"sources, top {TOP}; short = queries that returned fewer hits than exist\n")
    result: dict[str, str] = {}
    all_rows: list[Row] = []
    try:
        for n in args.points:
            data = make_data(n, args.queries)
            rows = bench_edge(data, root, args.queries, hnsw=n <= args.hnsw_max)
            if n <= args.local_max:
                rows.append(bench_local(data, root, min(args.queries, args.local_queries)))
            else:
                skip = f"too slow beyond --local-max {args.local_max}"
                print(f"(qdrant-client local mode skipped at {n} points: {skip})")
            print(f"== {n} points ==")
            print_table(rows)
            print()
            all_rows += rows
            k = f"{n // 1000}k"
            for r in rows:
                tag = {
                    "edge exact (shipped)": "edge",
                    "edge hnsw+fallback": "edge_hnsw",
                    "edge exact (optimized)": "edge_exact_opt",
                    "qdrant-client local": "local",
                }[r.engine]
                result[f"{tag}_p95_ms_{k}"] = f"{r.p95:.2f}"
                result[f"{tag}_recall_{k}"] = f"{r.recall:.4f}"
                result[f"{tag}_all_p50_ms_{k}"] = f"{r.all_p50:.2f}"
                result[f"{tag}_all_recall_{k}"] = f"{r.all_recall:.4f}"
                result[f"{tag}_short_{k}"] = str(r.short)
                if r.upsert_pps:
                    result[f"{tag}_upsert_pps_{k}"] = f"{r.upsert_pps:.0f}"
                if r.raw_short is not None:
                    result[f"{tag}_raw_short_{k}"] = str(r.raw_short)
                if r.flush_ms is not None:
                    result[f"{tag}_flush_ms_per_batch_{k}"] = f"{r.flush_ms:.2f}"
    finally:
        shutil.rmtree(root, ignore_errors=True)
    first = [k for k in ("edge_p95_ms_100k", "local_p95_ms_10k") if k in result]
    order = first + [k for k in result if k not in first]
    print("RESULT " + " ".join(f"{k}={result[k]}" for k in order))


if __name__ == "__main__":
    main()
