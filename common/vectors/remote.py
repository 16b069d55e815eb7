"""`QdrantServerIndex`: the production adapter, a Qdrant server or cluster through qdrant-client.

It takes either a URL (+ API key) or an already-built `QdrantClient`. The tests hand it
qdrant-client's local mode (`QdrantClient(location=":memory:")`), which answers the same calls
as a server, so every call this adapter makes is exercised even without a server binary.
(Local mode ignores payload indexes and filters point by point in Python: fine for tests,
far too slow as an engine -- see `bench/vector_store.py`.)

Writes use `wait=True`, so a point is searchable when `upsert()` returns. A filtered HNSW
search that comes back with fewer than `limit` hits is repeated with `exact=True`, so a
selective filter never hides points that exist.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from typing import Any

from qdrant_client import QdrantClient, models
from qdrant_client.http.exceptions import ResponseHandlingException
from qdrant_client.local.qdrant_local import QdrantLocal

from common.vectors.base import (
    CLASSIFICATION,
    DOCUMENT_ID,
    INDEXED_FIELDS,
    QUARANTINED,
    SOURCE_ID,
    SOURCE_QUARANTINED,
    TRUST,
    SearchFilter,
    VectorHit,
    VectorIndexFailed,
    VectorIndexUnavailable,
    VectorPoint,
    allowed_by,
    canonical_id,
    check_vector,
    prepare_points,
)

UPSERT_BATCH = 256
_SCHEMA = {
    "keyword": models.PayloadSchemaType.KEYWORD,
    "float": models.PayloadSchemaType.FLOAT,
    "bool": models.PayloadSchemaType.BOOL,
}


def _keyword(key: str, value: str) -> models.FieldCondition:
    return models.FieldCondition(key=key, match=models.MatchValue(value=value))


def server_filter(flt: SearchFilter) -> models.Filter:
    """The retrieval filter as a Qdrant filter: allowlist AND trust AND both flags false."""
    return models.Filter(
        must=[
            models.FieldCondition(key=SOURCE_ID, match=models.MatchAny(any=sorted(flt.source_ids))),
            models.FieldCondition(key=TRUST, range=models.Range(gte=float(flt.min_trust))),
            models.FieldCondition(key=QUARANTINED, match=models.MatchValue(value=False)),
            models.FieldCondition(key=SOURCE_QUARANTINED, match=models.MatchValue(value=False)),
        ]
    )


class QdrantServerIndex:
    """A `VectorIndex` on one collection of a Qdrant server (created on first open)."""

    def __init__(self, client: QdrantClient, *, collection: str, dim: int, owns_client: bool = False) -> None:
        self.collection = collection
        self.dim = dim
        self._client: QdrantClient | None = client
        self._owns_client = owns_client
        self._mutex = threading.Lock()
        # A server client is thread-safe; local mode (tests) is not, so its calls go one at a time.
        self._serial: AbstractContextManager[Any] = (
            threading.RLock() if isinstance(getattr(client, "_client", None), QdrantLocal) else nullcontext()
        )
        self._ensure_collection()

    @classmethod
    def connect(
        cls,
        *,
        url: str,
        api_key: str | None,
        collection: str,
        dim: int,
        timeout: int = 30,
        check_compatibility: bool = True,
    ) -> QdrantServerIndex:
        """Build a client for `url` and open (or create) the collection on it."""
        try:
            client = QdrantClient(url=url, api_key=api_key, timeout=timeout, check_compatibility=check_compatibility)
        except Exception as exc:
            raise VectorIndexUnavailable(f"cannot reach Qdrant at {url}: {exc}") from exc
        try:
            return cls(client, collection=collection, dim=dim, owns_client=True)
        except BaseException:
            client.close()
            raise

    # ---- plumbing ----
    def _live(self) -> QdrantClient:
        if self._client is None:
            raise VectorIndexUnavailable(f"the vector index on collection {self.collection!r} is closed")
        return self._client

    @contextmanager
    def _calling(self, what: str) -> Iterator[QdrantClient]:
        client = self._live()
        try:
            with self._serial:
                yield client
        except (VectorIndexUnavailable, VectorIndexFailed, ValueError):
            raise
        except ResponseHandlingException as exc:  # transport: refused, timed out, TLS, ...
            raise VectorIndexUnavailable(f"cannot reach Qdrant for {what} on {self.collection!r}: {exc}") from exc
        except Exception as exc:
            raise VectorIndexFailed(f"Qdrant {what} on collection {self.collection!r} failed: {exc}") from exc

    def _ensure_collection(self) -> None:
        with self._calling("collection set-up") as client:
            if not client.collection_exists(self.collection):
                try:
                    client.create_collection(
                        self.collection,
                        vectors_config=models.VectorParams(size=self.dim, distance=models.Distance.COSINE),
                    )
                except Exception:
                    if not client.collection_exists(self.collection):  # lost a race: fine if it exists
                        raise
            info = client.get_collection(self.collection)
            params = info.config.params.vectors
            if not isinstance(params, models.VectorParams):
                raise VectorIndexFailed(f"collection {self.collection!r} does not have one unnamed vector")
            if params.size != self.dim or params.distance != models.Distance.COSINE:
                raise VectorIndexFailed(
                    f"collection {self.collection!r} holds {params.size}-d {params.distance} vectors; "
                    f"this service embeds {self.dim}-d cosine"
                )
            present = set(info.payload_schema or {})
            for name, kind in INDEXED_FIELDS.items():
                if name not in present:
                    client.create_payload_index(self.collection, name, field_schema=_SCHEMA[kind], wait=True)

    def _query(
        self, client: QdrantClient, vector: list[float], flt: models.Filter, limit: int, *, exact: bool
    ) -> list[models.ScoredPoint]:
        return client.query_points(
            self.collection,
            query=vector,
            query_filter=flt,
            limit=limit,
            with_payload=True,
            search_params=models.SearchParams(exact=True) if exact else None,
        ).points

    # ---- the seam ----
    def upsert(self, points: Sequence[VectorPoint]) -> None:
        prepared = prepare_points(points, self.dim)
        structs = [models.PointStruct(id=pid, vector=vec, payload=payload) for pid, vec, payload in prepared]
        with self._calling("upsert") as client:
            for start in range(0, len(structs), UPSERT_BATCH):
                client.upsert(self.collection, points=structs[start : start + UPSERT_BATCH], wait=True)

    def search(self, vector: Sequence[float], *, flt: SearchFilter, limit: int) -> list[VectorHit]:
        if limit <= 0 or not flt.source_ids:
            return []
        vec = check_vector(vector, self.dim)
        qf = server_filter(flt)
        with self._calling("search") as client:
            found = self._query(client, vec, qf, limit, exact=False)
            if len(found) < limit:
                found = self._query(client, vec, qf, limit, exact=True)
        hits = [VectorHit(canonical_id(str(p.id)), float(p.score), dict(p.payload or {})) for p in found]
        return [h for h in hits if allowed_by(h.payload, flt)]

    def _delete_where(self, key: str, value: str) -> None:
        selector = models.FilterSelector(filter=models.Filter(must=[_keyword(key, value)]))
        with self._calling("delete") as client:
            client.delete(self.collection, points_selector=selector, wait=True)

    def delete_document(self, document_id: str) -> None:
        self._delete_where(DOCUMENT_ID, document_id)

    def delete_source(self, source_id: str) -> None:
        self._delete_where(SOURCE_ID, source_id)

    def set_source_state(
        self, source_id: str, *, quarantined: bool | None = None, classification: str | None = None
    ) -> None:
        changes: dict[str, Any] = {}
        if quarantined is not None:
            changes[SOURCE_QUARANTINED] = bool(quarantined)
        if classification is not None:
            changes[CLASSIFICATION] = classification
        if not changes:
            return
        with self._calling("set_payload") as client:
            client.set_payload(
                self.collection,
                payload=changes,
                points=models.Filter(must=[_keyword(SOURCE_ID, source_id)]),
                wait=True,
            )

    def count(self, *, source_id: str | None = None, document_id: str | None = None) -> int:
        must: list[Any] = [
            _keyword(k, v) for k, v in ((SOURCE_ID, source_id), (DOCUMENT_ID, document_id)) if v is not None
        ]
        with self._calling("count") as client:
            result = client.count(self.collection, count_filter=models.Filter(must=must) if must else None, exact=True)
        return int(result.count)

    def close(self) -> None:
        with self._mutex:
            client, self._client = self._client, None
        if client is not None and self._owns_client:
            client.close()

    def __enter__(self) -> QdrantServerIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
