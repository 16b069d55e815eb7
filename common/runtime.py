"""Everything a process needs to serve or ingest, built once from Settings.

The vector index and the embedding model open lazily: an API process whose jobs run in external
workers never loads the model for ingestion, and a worker never opens what it does not use.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from common import audit
from common.audit_writer import AuditWriter
from common.blobs import BlobStore
from common.db import create_schema, make_engine, make_session_factory
from common.embedding import Embedder, embedder_for
from common.errors import ServiceUnavailable
from common.settings import Settings

if TYPE_CHECKING:
    from common.vectors import VectorIndex


class Runtime:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        self.engine: Engine = make_engine(
            settings.resolved_database_url, sqlite_synchronous=settings.sqlite_synchronous
        )
        create_schema(self.engine)
        self.sessions: sessionmaker[Session] = make_session_factory(self.engine)
        self.blobs = BlobStore(settings.uploads_dir)
        self._index: VectorIndex | None = None
        self._lock = threading.Lock()
        self._audit: AuditWriter | None = None
        if settings.audit_queue_max > 0:
            self._audit = AuditWriter(
                self.sessions,
                settings,
                max_pending=settings.audit_queue_max,
                linger_seconds=settings.audit_flush_seconds,
            )

    def append_event(self, event: audit.Event) -> None:
        """Append an event that needs no transaction of its own change (a retrieval): queued on the
        background writer, or, with `audit_queue_max` 0, written and committed before this returns."""
        if self._audit is not None:
            self._audit.submit(event)
            return
        with self.sessions.begin() as s:
            audit.record_many(s, self.settings, [event])

    def flush_events(self, timeout: float | None = 30.0) -> None:
        """Wait until the events appended so far in this process are committed (readers of the log)."""
        if self._audit is not None and not self._audit.flush(timeout):
            raise ServiceUnavailable("the provenance log is not keeping up; try again", code="service.unavailable")

    @property
    def embedder(self) -> Embedder:
        """Embeds chunks (ingestion)."""
        return embedder_for(self.settings)

    @property
    def query_embedder(self) -> Embedder:
        """Embeds search queries: one short text at a time, where a different backend is faster."""
        return embedder_for(self.settings, queries=True)

    @property
    def index(self) -> VectorIndex:
        with self._lock:
            if self._index is None:
                from common.vectors import open_vector_index

                api_key = self.settings.qdrant_api_key
                url = self.settings.qdrant_url
                if url is not None and url.startswith("local:"):
                    self._index = _local_server_adapter(
                        url.removeprefix("local:"), self.settings.collection, self.embedder.dim
                    )
                    return self._index
                self._index = open_vector_index(
                    url=self.settings.qdrant_url,
                    api_key=api_key.get_secret_value() if api_key else None,
                    path=self.settings.vectors_dir,
                    collection=self.settings.collection,
                    dim=self.embedder.dim,
                    flush_interval=self.settings.vector_flush_seconds,
                )
            return self._index

    def close(self) -> None:
        if self._audit is not None:
            self._audit.close()  # before the engine goes: it writes what is still queued
        with self._lock:
            if self._index is not None:
                self._index.close()
                self._index = None
        self.engine.dispose()


def _local_server_adapter(path: str, collection: str, dim: int) -> VectorIndex:
    """The server adapter over qdrant-client's local mode: the code path a real Qdrant server
    takes, call for call, where no server binary can run (tests). Filters run in Python there."""
    from qdrant_client import QdrantClient

    from common.vectors import QdrantServerIndex

    client = QdrantClient(location=":memory:") if path in ("", ":memory:") else QdrantClient(path=path)
    return QdrantServerIndex(client, collection=collection, dim=dim, owns_client=True)
