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
DECISION_PLACEHOLDER
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
    *, url: str | None, api_key: str | None, path: str | Path, collection: str, dim: int
) -> VectorIndex:
    """Open (creating on first use) the index: a Qdrant server if `url`, else the embedded engine."""
    if dim <= 0:
        raise ValueError("dim must be positive")
    if not collection or "/" in collection or collection in {".", ".."}:
        raise ValueError(f"invalid collection name {collection!r}")
    if url:
        return QdrantServerIndex.connect(url=url, api_key=api_key, collection=collection, dim=dim)
    return EdgeVectorIndex(Path(path) / collection, dim=dim)
