"""The provenance events of an ingest job, one small transaction per stage, through `common.audit`.

What each event holds (never chunk text; secrets only as type + fingerprint via `Finding.to_record`):
parse = parser and version, element/character counts, hidden-content findings; chunk = chunker
and version, token settings, count; sanitize = detector versions and, per chunk, its id, trust,
whether it was kept and every finding; embed = model, revision (hash of its weight files), dim;
index = collection, engine and the point ids; failure = the error code.
The sanitize event's id is each point's `provenance_id`: it is written before any point exists.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from llama_index.core import __version__ as LLAMA_INDEX_VERSION
from sqlalchemy.orm import Session

from common import audit
from common.embedding import Embedder
from common.models import Document, Job
from common.runtime import Runtime
from common.settings import Settings
from ingest.chunk import CHUNKER_NAME
from ingest.parse import ParsedDocument
from trust import ChunkVerdict, detector_versions

log = logging.getLogger(__name__)
_WEIGHTS = (".safetensors", ".bin", ".onnx", ".pt")


@lru_cache(maxsize=8)
def model_revision(path: str) -> str:
    """First 16 hex of sha256 over the model's weight files: which exact weights embedded a chunk."""
    digest = hashlib.sha256()
    for f in sorted(p for p in Path(path).rglob("*") if p.suffix in _WEIGHTS and p.is_file()):
        digest.update(f.relative_to(path).as_posix().encode())
        with f.open("rb") as fh:
            while block := fh.read(1 << 20):
                digest.update(block)
    return digest.hexdigest()[:16]


def chunk_record(index: int, chunk_id: str, verdict: ChunkVerdict, *, kept: bool) -> dict[str, Any]:
    return {
        "index": index,
        "chunk_id": chunk_id if kept else None,
        "kept": kept,
        "trust": round(verdict.trust, 4),
        "findings": [f.to_record() for f in verdict.findings],
    }


class JobRecorder:
    """Appends one job's stage events; each call commits its own event."""

    def __init__(self, rt: Runtime, *, job_id: str, document_id: str, source_id: str) -> None:
        self.rt, self.job_id, self.document_id, self.source_id = rt, job_id, document_id, source_id

    def _append(self, type_: str, data: dict[str, Any], chunk_ids: Sequence[str] = ()) -> str:
        with self.rt.sessions.begin() as s:
            return audit.record(
                s,
                self.rt.settings,
                type_,
                source_id=self.source_id,
                document_id=self.document_id,
                job_id=self.job_id,
                chunk_ids=chunk_ids,
                data=data,
            ).id

    def parsed(self, parsed: ParsedDocument) -> None:
        self._append(
            "document.parsed",
            {
                "parser": parsed.parser,
                "elements": len(parsed.elements),
                "characters": len(parsed.text),
                "hidden": [f.to_record() for f in parsed.hidden],
            },
        )

    def chunked(self, count: int) -> None:
        s = self.rt.settings
        self._append(
            "document.chunked",
            {
                "chunker": f"{CHUNKER_NAME}/{LLAMA_INDEX_VERSION}",
                "chunk_tokens": s.chunk_tokens,
                "chunk_overlap": s.chunk_overlap,
                "tokenizer": "embedder",
                "chunks": count,
            },
        )

    def sanitized(self, chunks: list[dict[str, Any]], *, quarantined: int) -> str:
        """Returns the event id: the `provenance_id` of every point of this job."""
        kept = [c["chunk_id"] for c in chunks if c["kept"]]
        return self._append(
            "document.sanitized",
            {
                "detectors": detector_versions(),
                "chunks": chunks,
                "kept": len(kept),
                "quarantined_chunks": quarantined,
                "trust_floor": self.rt.settings.trust_floor,
            },
            kept,
        )

    def embedded(self, embedder: Embedder, count: int) -> None:
        self._append(
            "document.embedded",
            {
                "model": embedder.name,
                "revision": model_revision(embedder.model_path),
                "dim": embedder.dim,
                "vectors": count,
            },
        )

    def indexed(self, point_ids: list[str]) -> None:
        s = self.rt.settings
        self._append(
            "document.indexed",
            {
                "collection": s.collection,
                "engine": "qdrant-server" if s.qdrant_url else "embedded",
                "points": len(point_ids),
            },
            point_ids,
        )


def record_job_failure(
    session: Session, settings: Settings, *, job_id: str, code: str, transient: bool, attempts: int | None = None
) -> None:
    """`job.failed` in the caller's transaction (with the row change that marks the job failed)."""
    job = session.get(Job, job_id)
    doc = session.get(Document, job.document_id) if job is not None else None
    audit.record(
        session,
        settings,
        "job.failed",
        source_id=doc.source_id if doc else None,
        document_id=job.document_id if job else None,
        job_id=job_id,
        data={
            "code": code,
            "transient": transient,
            "stage": job.stage if job else None,
            "attempts": attempts if attempts is not None else (job.attempts if job else None),
        },
    )


def record_job_failure_quietly(rt: Runtime, *, job_id: str, code: str) -> None:
    """For transient failures: the database itself may be what failed, so never mask the original error."""
    try:
        with rt.sessions.begin() as s:
            record_job_failure(s, rt.settings, job_id=job_id, code=code, transient=True)
    except Exception:
        log.warning("could not record a job failure in provenance", extra={"job_id": job_id, "code": code})
