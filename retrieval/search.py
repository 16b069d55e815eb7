"""Embed the query, search the index with the effective filter inside the engine, shape hits."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from common import vectors as V
from common.embedding import Embedder
from common.vectors import SearchFilter, VectorIndex
from retrieval.evidence import EvidenceBlock, render_context
from retrieval.filters import SourceAllowlist


@dataclass(frozen=True)
class Hit:
    citation_id: str
    chunk_id: str
    document_id: str
    source_id: str
    source_name: str
    classification: str
    trust: float
    score: float
    text: str
    provenance_id: str | None = None  # the provenance record that produced this chunk


@dataclass(frozen=True)
class Retrieval:
    hits: list[Hit]
    context: str


def retrieve(
    *,
    query: str,
    top_k: int,
    flt: SearchFilter,
    index: VectorIndex,
    embedder: Embedder,
    source_names: Mapping[str, str],
    allowlist: SourceAllowlist | None = None,
) -> Retrieval:
    """`allowlist` re-checks each hit's indexed classification: a source reclassified out of the
    key's reach in another process is refused even while this process still holds the old row."""
    hits: list[Hit] = []
    if flt.source_ids:
        vector = embedder.embed_query(query)
        for h in index.search(vector, flt=flt, limit=top_k):
            p = h.payload
            if allowlist is not None and not allowlist.permits(str(p[V.SOURCE_ID]), str(p.get(V.CLASSIFICATION, ""))):
                continue
            hits.append(
                Hit(
                    citation_id=f"E{len(hits) + 1}",
                    chunk_id=h.id,
                    document_id=str(p[V.DOCUMENT_ID]),
                    source_id=str(p[V.SOURCE_ID]),
                    source_name=source_names.get(str(p[V.SOURCE_ID]), ""),
                    classification=str(p.get(V.CLASSIFICATION, "")),
                    trust=float(p[V.TRUST]),
                    score=round(float(h.score), 6),
                    text=str(p.get(V.TEXT, "")),
                    provenance_id=str(p[V.PROVENANCE_ID]) if p.get(V.PROVENANCE_ID) else None,
                )
            )
    blocks = [EvidenceBlock(h.citation_id, h.source_name, h.source_id, h.classification, h.trust, h.text) for h in hits]
    return Retrieval(hits=hits, context=render_context(blocks))
