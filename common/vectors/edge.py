"""`EdgeVectorIndex`: the embedded default, Qdrant Edge (`qdrant-edge-py`) in this process.

Qdrant Edge runs the server's own segment code in-process: payload indexes, exact search
planned through them, HNSW when `optimize()` builds it. One shard lives in one folder.

Behaviour this adapter relies on (checked in tests/common/test_vectors.py):

* **Visibility.** Points written by `update()` land in an appendable segment and are found by
  the very next query; nothing here defers them (`prevent_unoptimized` stays off).
* **Durability.** Every update goes to the shard's write-ahead log before `update()` returns,
  so a process that dies without `close()` loses nothing on reopen. Writes additionally call
  `flush()` (segments to disk, WAL truncation) once `flush_interval` seconds have passed since
  the last flush -- what a Qdrant server does with its `flush_interval_sec` (default 5 s).
  0 flushes after every write; None only on `close()`.
* **Exclusive folder.** The engine refuses a second opener of a folder (its WAL lock fails with
  `WouldBlock`) -- but with an opaque message, and `create()` racing `create()` fails
  differently. We take our own `flock` on `<folder>/.hardrag.lock` first, so a second opener in
  this process or any other gets `VectorIndexUnavailable` naming the folder, at once.
* **Bool filters.** qdrant-edge-py 0.9.0 turns `MatchValue(False)` into the integer 0 (Python's
  bool is an int), which matches no bool payload -- a filter on `quarantined == false` would
  silently return nothing. `numpy.bool_` is not an int and is converted as a real bool; we use
  it whenever the plain bool is mangled (see `_bool_match`).
* **Search mode.** See `common.vectors` for the measurements behind `SEARCH_MODE_DEFAULT`.
"""

from __future__ import annotations

import fcntl
import os
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

import numpy as np
import qdrant_edge as qe

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

SearchMode = Literal["exact", "hnsw_fallback"]
#: Exact search through the payload index: measured fast enough at 100k (see common.vectors).
SEARCH_MODE_DEFAULT: SearchMode = "exact"
LOCK_NAME = ".hardrag.lock"
_SCHEMA = {
    "keyword": qe.PayloadSchemaType.Keyword,
    "float": qe.PayloadSchemaType.Float,
    "bool": qe.PayloadSchemaType.Bool,
}


def _bool_match(value: bool) -> qe.MatchValue:
    """A `MatchValue` that really matches a bool payload (works around the int coercion)."""
    plain = qe.MatchValue(value)
    if isinstance(plain.value, bool):
        return plain
    return qe.MatchValue(np.bool_(value))  # type: ignore[arg-type]


def _keyword(key: str, value: str) -> qe.FieldCondition:
    return qe.FieldCondition(key, match=qe.MatchValue(value))


def engine_filter(flt: SearchFilter) -> qe.Filter:
    """The retrieval filter as an engine filter: allowlist AND trust AND both flags false."""
    return qe.Filter(
        must=[
            qe.FieldCondition(SOURCE_ID, match=qe.MatchAny(sorted(flt.source_ids))),
            qe.FieldCondition(TRUST, range=qe.RangeFloat(gte=float(flt.min_trust))),
            qe.FieldCondition(QUARANTINED, match=_bool_match(False)),
            qe.FieldCondition(SOURCE_QUARANTINED, match=_bool_match(False)),
        ]
    )


class EdgeVectorIndex:
    """A `VectorIndex` on a Qdrant Edge shard in `folder` (created on first open)."""

    def __init__(
        self,
        folder: str | Path,
        *,
        dim: int,
        search_mode: SearchMode = SEARCH_MODE_DEFAULT,
        flush_interval: float | None = 5.0,
    ) -> None:
        self.folder = Path(folder).resolve()
        self.dim = dim
        self.search_mode: SearchMode = search_mode
        self.flush_interval = flush_interval
        self._last_flush = time.monotonic()
        self.short_hnsw_results = 0  # HNSW answers with fewer than `limit` hits (exact re-run)
        self._mutex = threading.RLock()
        self._lock_fd: int | None = self._take_folder_lock()
        self._shard: qe.EdgeShard | None = None
        try:
            self._shard = self._open_shard()
            self._ensure_payload_indexes()
        except BaseException:
            if self._shard is not None:
                self._shard.close()
                self._shard = None
            self._release_folder_lock()
            raise

    # ---- opening ----
    def _take_folder_lock(self) -> int:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.folder / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise VectorIndexUnavailable(f"cannot open the vector index folder {self.folder}: {exc}") from exc
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            os.close(fd)
            raise VectorIndexUnavailable(
                f"the vector index folder {self.folder} is already open (by another process or "
                "another opener in this one); the embedded engine allows one opener at a time -- "
                "use a Qdrant server (HARDRAG_QDRANT_URL) to share an index"
            ) from exc
        return fd

    def _release_folder_lock(self) -> None:
        if self._lock_fd is not None:
            os.close(self._lock_fd)  # closing the descriptor drops the flock
            self._lock_fd = None

    def _open_shard(self) -> qe.EdgeShard:
        config = qe.EdgeConfig(vectors=qe.EdgeVectorParams(size=self.dim, distance=qe.Distance.Cosine))
        exists = (self.folder / "edge_config.json").exists() or (self.folder / "segments").exists()
        try:
            if exists:
                return qe.EdgeShard.load(str(self.folder), config)
            return qe.EdgeShard.create(str(self.folder), config)
        except Exception as exc:
            text = str(exc)
            if "WouldBlock" in text or "already contains" in text:
                raise VectorIndexUnavailable(
                    f"the vector index folder {self.folder} is in use by another opener: {text}"
                ) from exc
            raise VectorIndexUnavailable(f"cannot open the vector index folder {self.folder}: {text}") from exc

    def _ensure_payload_indexes(self) -> None:
        shard = self._live()
        present = set(shard.info().payload_schema)
        for name, kind in INDEXED_FIELDS.items():
            if name not in present:
                self._update(qe.UpdateOperation.create_field_index(name, _SCHEMA[kind]))

    # ---- plumbing ----
    def _live(self) -> qe.EdgeShard:
        if self._shard is None:
            raise VectorIndexUnavailable(f"the vector index at {self.folder} is closed")
        return self._shard

    def _update(self, op: qe.UpdateOperation) -> None:
        try:
            self._live().update(op)
        except VectorIndexUnavailable:
            raise
        except Exception as exc:
            raise VectorIndexFailed(f"vector index update failed at {self.folder}: {exc}") from exc

    def _query(self, vector: list[float], flt: qe.Filter, limit: int, *, exact: bool) -> list[Any]:
        request = qe.QueryRequest(
            limit=limit,
            query=qe.Query.Nearest(vector),
            filter=flt,
            with_payload=True,
            params=qe.SearchParams(exact=exact),
        )
        try:
            return self._live().query(request)
        except VectorIndexUnavailable:
            raise
        except Exception as exc:
            raise VectorIndexFailed(f"vector search failed at {self.folder}: {exc}") from exc

    # ---- the seam ----
    def upsert(self, points: Sequence[VectorPoint]) -> None:
        prepared = prepare_points(points, self.dim)
        if not prepared:
            return
        op = qe.UpdateOperation.upsert_points([qe.Point(pid, vec, payload) for pid, vec, payload in prepared])
        with self._mutex:
            self._update(op)
            self._flush_if_due()

    def search(self, vector: Sequence[float], *, flt: SearchFilter, limit: int) -> list[VectorHit]:
        if limit <= 0 or not flt.source_ids:
            return []
        vec = check_vector(vector, self.dim)
        ef = engine_filter(flt)
        with self._mutex:
            found = self._query(vec, ef, limit, exact=self.search_mode == "exact")
            if len(found) < limit and self.search_mode != "exact":
                # HNSW under a selective filter can come back short; exact is the ground truth.
                self.short_hnsw_results += 1
                found = self._query(vec, ef, limit, exact=True)
        hits = [VectorHit(canonical_id(str(r.id)), float(r.score), dict(r.payload or {})) for r in found]
        return [h for h in hits if allowed_by(h.payload, flt)]

    def delete_document(self, document_id: str) -> None:
        with self._mutex:
            self._update(
                qe.UpdateOperation.delete_points_by_filter(qe.Filter(must=[_keyword(DOCUMENT_ID, document_id)]))
            )

    def delete_source(self, source_id: str) -> None:
        with self._mutex:
            self._update(qe.UpdateOperation.delete_points_by_filter(qe.Filter(must=[_keyword(SOURCE_ID, source_id)])))

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
        flt = qe.Filter(must=[_keyword(SOURCE_ID, source_id)])
        with self._mutex:
            self._update(qe.UpdateOperation.set_payload_by_filter(flt, changes))
            self._flush_if_due()

    def count(self, *, source_id: str | None = None, document_id: str | None = None) -> int:
        must = [_keyword(k, v) for k, v in ((SOURCE_ID, source_id), (DOCUMENT_ID, document_id)) if v is not None]
        request = qe.CountRequest(exact=True, filter=qe.Filter(must=must) if must else None)
        with self._mutex:
            try:
                return int(self._live().count(request))
            except VectorIndexUnavailable:
                raise
            except Exception as exc:
                raise VectorIndexFailed(f"vector count failed at {self.folder}: {exc}") from exc

    def _flush_if_due(self) -> None:
        # A flush rewrites the appendable segment's files: ~1-1.5 ms per chunk when it ran after
        # every document, as much as the rest of indexing; the WAL already makes each write durable.
        if self.flush_interval is not None and time.monotonic() - self._last_flush >= self.flush_interval:
            self.flush()

    def flush(self) -> None:
        """Write segments to disk (the WAL already holds every update)."""
        with self._mutex:
            try:
                self._last_flush = time.monotonic()
                self._live().flush()
            except VectorIndexUnavailable:
                raise
            except Exception as exc:
                raise VectorIndexFailed(f"vector index flush failed at {self.folder}: {exc}") from exc

    def optimize(self) -> bool:
        """Run the engine's optimizers (vacuum, merge, HNSW build); blocks, minutes at 100k+ points."""
        with self._mutex:
            return bool(self._live().optimize())

    def close(self) -> None:
        """Flush, close the shard and release the folder; idempotent. A failed flush is raised
        as `VectorIndexFailed` after the shard has been closed and the folder released."""
        failure: VectorIndexFailed | None = None
        with self._mutex:
            shard, self._shard = self._shard, None
            try:
                if shard is not None:
                    try:
                        shard.flush()
                    except Exception as exc:
                        failure = VectorIndexFailed(f"vector index flush on close failed at {self.folder}: {exc}")
                    try:
                        shard.close()
                    except Exception as exc:
                        failure = failure or VectorIndexFailed(f"closing {self.folder} failed: {exc}")
            finally:
                self._release_folder_lock()
        if failure is not None:
            raise failure

    def __enter__(self) -> EdgeVectorIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
