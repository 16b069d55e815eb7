"""The vector-index seam: one small protocol, two engines behind it.

`open_vector_index(url=..., api_key=..., path=..., collection=..., dim=...)` returns a
`VectorIndex`:

* `url` set   -> `QdrantServerIndex`: a Qdrant server/cluster through qdrant-client.
* `url` None  -> `EdgeVectorIndex`: Qdrant Edge (`qdrant-edge-py`) in this process, one shard
  in the folder `<path>/<collection>`, locked to one opener (a second opener, in this process
  or another, gets `VectorIndexUnavailable` naming the folder).

Both create their collection/shard on first open (cosine, `dim`) with payload indexes on
source_id, document_id, classification (keyword), trust (float), quarantined and
source_quarantined (bool). Search applies the retrieval filter inside the engine --
source_id in the allowlist AND trust >= min_trust AND quarantined == false AND
source_quarantined == false -- and re-checks every hit in Python as a second line.
An empty allowlist returns [] without a query.

Embedded engine: chosen by measurement (`python -m bench.vector_store`)
-----------------------------------------------------------------------
Measured with `python -m bench.vector_store --points 10000 100000` on this 2-core build
machine: 384-d random unit vectors, 100 sources, filter = 5 of 100 sources, top 8, through
this seam. The machine is shared with other builds; four runs, at load averages from ~1 to
~8, give the ranges below (first number: the quietest run).

* **Engine: Qdrant Edge.** qdrant-client local mode filters in Python point by point and
  ignores payload indexes: filtered p50 116-251 ms, p95 188-356 ms at only 10k points (an
  all-sources query 355-597 ms), 300-800 upserts/s. It stays the server adapter's test
  stand-in, never an engine. Edge at 10k: filtered p95 0.8-11.6 ms.
* **Search mode: exact** (`SearchParams(exact=True)`, the shard is never `optimize()`d).
  At 100k: filtered p50 4.3-18.6 ms, p95 8.0-55 ms (3.7 ms p50 in an isolated run at load
  ~1.7), recall@8 1.0, no short answer in any run -- and none possible: exact search returns
  min(limit, matching points). Its cost is the all-sources query, a full scan: p50 58-216
  ms at 100k, linear in the corpus. HNSW was rejected: it exists only after the blocking
  `optimize()` (85-313 s at 100k, holding the shard: ingest and retrieval stall), the
  filtered p95 got *worse* in every run (28-80 ms; at 5% selectivity the planner goes
  through the payload index anyway), and on this structure-less data HNSW's all-sources
  recall@8 was 0.26-0.28 at 100k (0.74-0.76 at 10k) for a p50 of 4-24 ms. With a
  5%-selective filter over 200k points ~2% of HNSW answers came back short (issue
  measurement). `search_mode="hnsw_fallback"` remains for an operator who runs
  `EdgeVectorIndex.optimize()`: HNSW, re-run exactly whenever it returns < `limit` hits.
  Beyond a few 100k chunks, or for many readers, use a Qdrant server (`url`).
* **Visibility and durability.** A point is searchable as soon as `upsert()` returns (it
  lands in an appendable segment; tested). Every update is in the WAL before the engine
  returns: a process killed without `close()` loses nothing (tested). A `flush()` (segments
  to disk) costs 14-30 ms per 64-point call on average in the quieter runs, up to 65-69 ms
  under load (single calls up to 110-280 ms at 100-200k), i.e. from ~10-12k to ~0.85-3.3k
  points/s; 14 ms per 10-chunk document, as much as bf16 embedding of those chunks takes.
  So writes flush at most every `flush_interval` seconds (Settings.vector_flush_seconds,
  default 5, a Qdrant server's own default), and `close()` flushes.
* **qdrant-edge-py 0.9.0 quirk.** `MatchValue(False)` is sent as the integer 0 and matches
  no bool payload; `edge.py` builds bool conditions from `numpy.bool_` (tested through the
  quarantine filters).
"""

from __future__ import annotations

from pathlib import Path

from common.vectors.base import (
    CHUNK_INDEX,
    CLASSIFICATION,
    DOCUMENT_ID,
    FINDINGS,
    INDEXED_FIELDS,
    PROVENANCE_ID,
    QUARANTINED,
    SOURCE_ID,
    SOURCE_QUARANTINED,
    TEXT,
    TRUST,
    SearchFilter,
    VectorHit,
    VectorIndex,
    VectorIndexFailed,
    VectorIndexUnavailable,
    VectorPoint,
)
from common.vectors.edge import EdgeVectorIndex
from common.vectors.remote import QdrantServerIndex

__all__ = [
    "CHUNK_INDEX",
    "CLASSIFICATION",
    "DOCUMENT_ID",
    "FINDINGS",
    "INDEXED_FIELDS",
    "PROVENANCE_ID",
    "QUARANTINED",
    "SOURCE_ID",
    "SOURCE_QUARANTINED",
    "TEXT",
    "TRUST",
    "EdgeVectorIndex",
    "QdrantServerIndex",
    "SearchFilter",
    "VectorHit",
    "VectorIndex",
    "VectorIndexFailed",
    "VectorIndexUnavailable",
    "VectorPoint",
    "open_vector_index",
]


def open_vector_index(
    *,
    url: str | None,
    api_key: str | None,
    path: str | Path,
    collection: str,
    dim: int,
    flush_interval: float | None = 5.0,
) -> VectorIndex:
    """Open (creating on first use) the index: a Qdrant server if `url`, else the embedded engine."""
    if dim <= 0:
        raise ValueError("dim must be positive")
    if not collection or "/" in collection or collection in {".", ".."}:
        raise ValueError(f"invalid collection name {collection!r}")
    if url:
        return QdrantServerIndex.connect(url=url, api_key=api_key, collection=collection, dim=dim)
    return EdgeVectorIndex(Path(path) / collection, dim=dim, flush_interval=flush_interval)
